/**
 * The approved container registry (MLPS 3 software provenance, GB/T 22239-2019 8.1.4.4). Its default
 * is the ministry's registry; a stack may name another with `envcloud:approvedRegistry` (Pulumi.yaml
 * declares the same default). `validate` judges manifests against the default or `--registry`, and
 * the stack's preflight, its components and the policy pack against the stack's registry, all with
 * the predicate below, so they cannot disagree about what "from the registry" means.
 */
export const DEFAULT_APPROVED_REGISTRY = 'registry.envcloud.mee.gov.cn';

/** Whether an image reference is pulled from `registry` (its host, and port if any, then a path). */
export function isFromRegistry(image: string, registry: string): boolean {
  return image.startsWith(`${registry}/`);
}

/** The registry part of an image reference, for messages: `docker.io` of `docker.io/library/nginx:1`. */
export function registryOf(image: string): string {
  return image.split('/')[0] ?? image;
}

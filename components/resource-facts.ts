import { LABEL_PREFIX } from './labels';

/** What a Kubernetes object or an AWS resource says about itself, read the same way by every policy. */
interface Described {
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
  tags?: Record<string, string>;
}

export function labelsOf(props: unknown): Record<string, string> {
  return ((props as Described | undefined)?.metadata?.labels ?? {}) as Record<string, string>;
}

export function tagsOf(props: unknown): Record<string, string> {
  return ((props as Described | undefined)?.tags ?? {}) as Record<string, string>;
}

export function namespaceOf(props: unknown): string | undefined {
  return (props as Described | undefined)?.metadata?.namespace;
}

export function label(props: unknown, key: string): string | undefined {
  return labelsOf(props)[`${LABEL_PREFIX}/${key}`];
}

/** A system's slug, from its labels (Kubernetes) or tags (AWS); undefined for platform resources. */
export function systemSlugOf(props: unknown): string | undefined {
  return label(props, 'system') ?? tagsOf(props)['envcloud:system'];
}

/** A system's number and slug, from its labels (Kubernetes) or tags (AWS); undefined for platform resources. */
export function systemOf(props: unknown): { number: number; slug: string } | undefined {
  const number = label(props, 'system-number') ?? tagsOf(props)['envcloud:system-number'];
  const slug = systemSlugOf(props);
  if (number === undefined || slug === undefined) return undefined;
  return { number: Number(number), slug };
}

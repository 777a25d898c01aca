// The host names the ministry website cluster (部网站群) serves sites at: each a public name of its own.
// Two systems at one host, or a site at `localhost`, passed validate and met only in the cluster.
import { msg, said } from '../../document/i18n';
import { acrossManifests, perManifest } from './rule';
import { relatedSaid } from './words';

const CLUSTER = 'Plan §三(三).10 (部网站群); envcloud: the cluster routes a site by its host name';

/** A host name as the cluster compares them: DNS names are not case-sensitive, and a final dot changes nothing. */
function hostKey(domain: string): string {
  return domain.toLowerCase().replace(/\.$/, '');
}

/** A name the public can reach: at least two labels, a top-level label of letters (not an IP address, not `localhost`). */
export function isPublicHostName(domain: string): boolean {
  const labels = hostKey(domain).split('.');
  return labels.length >= 2 && /^[a-z]{2,63}$|^xn--[a-z0-9-]{1,59}$/.test(labels[labels.length - 1]!);
}

export const websiteDomainPublic = perManifest(
  {
    id: 'website-domain-public',
    severity: 'error',
    title: "A website's domain is a public host name",
    clause: CLUSTER,
  },
  ({ manifest }, report) => {
    const domain = manifest.spec.placement?.website?.domain;
    if (domain === undefined || isPublicHostName(domain)) return;
    report({
      path: ['spec', 'placement', 'website', 'domain'],
      ...said(msg('rule.website-domain-public.message', { domain }), msg('rule.website-domain-public.hint')),
    });
  },
);

export const websiteDomainsUnique = acrossManifests(
  {
    id: 'website-domains-unique',
    severity: 'error',
    title: 'Each website has a domain of its own',
    clause: CLUSTER,
  },
  (entries, report) => {
    const first = new Map<string, (typeof entries)[number]>();
    for (const entry of entries) {
      const domain = entry.manifest.spec.placement?.website?.domain;
      if (domain === undefined) continue;
      const earlier = first.get(hostKey(domain));
      if (!earlier) {
        first.set(hostKey(domain), entry);
        continue;
      }
      report({
        entry,
        path: ['spec', 'placement', 'website', 'domain'],
        ...said(
          msg('rule.website-domains-unique.message', {
            domain,
            system: earlier.manifest.metadata.number,
            file: earlier.file,
          }),
          msg('rule.website-domains-unique.hint'),
        ),
        related: [
          {
            entry: earlier,
            path: ['spec', 'placement', 'website', 'domain'],
            ...relatedSaid(msg('rule.website-domains-unique.first')),
          },
        ],
      });
    }
  },
);

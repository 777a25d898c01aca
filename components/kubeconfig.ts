/**
 * A kubeconfig for an EKS cluster that authenticates with `aws eks get-token` (no static secret is
 * ever stored in state).
 */
export function eksKubeconfig(
  clusterName: string,
  endpoint: string,
  certificateAuthority: string,
  region: string,
): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      { name: clusterName, cluster: { server: endpoint, 'certificate-authority-data': certificateAuthority } },
    ],
    contexts: [{ name: clusterName, context: { cluster: clusterName, user: clusterName } }],
    'current-context': clusterName,
    users: [
      {
        name: clusterName,
        user: {
          exec: {
            apiVersion: 'client.authentication.k8s.io/v1beta1',
            command: 'aws',
            args: ['eks', 'get-token', '--cluster-name', clusterName, '--region', region],
          },
        },
      },
    ],
  });
}

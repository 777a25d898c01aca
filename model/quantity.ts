/** CPU cores of a Kubernetes quantity as the schema allows it (`500m`, `2`, `1.5`). */
export function cpuCores(quantity: string): number {
  return quantity.endsWith('m') ? Number(quantity.slice(0, -1)) / 1000 : Number(quantity);
}

/** GiB of a Kubernetes memory quantity as the schema allows it (`512Mi`, `2Gi`). */
export function memoryGiB(quantity: string): number {
  const value = Number(quantity.slice(0, -2));
  return quantity.endsWith('Gi') ? value : value / 1024;
}

export interface DistComparison {
  same: number;
  onlyBefore: string[];
  onlyAfter: string[];
  differ: { key: string; detail: string }[];
}
export function compareDist(before: string, after: string): DistComparison;

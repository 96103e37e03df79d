export function observatory(dist?: string): Promise<{
  scan: { grade: string; score: number; testsPassed: number; testsQuantity: number };
  tests: Record<string, { result: string; score: number }>;
}>;

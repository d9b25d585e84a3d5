/**
 * Lambda managed runtimes and the day Lambda deprecates each (stops security patches), from the "Lambda
 * runtimes" page of the Lambda Developer Guide (supported and deprecated tables, as published in 2026).
 * AWS calls future dates "projected" and moves them now and then: refresh this table when it does.
 * Runtimes marked `null` are listed as supported with no deprecation scheduled.
 */
export const RUNTIME_DEPRECATION: Readonly<Record<string, string | null>> = {
  // Node.js
  'nodejs26.x': null,
  'nodejs24.x': '2028-04-30',
  'nodejs22.x': '2027-04-30',
  'nodejs20.x': '2026-04-30',
  'nodejs18.x': '2025-09-01',
  'nodejs16.x': '2024-06-12',
  'nodejs14.x': '2023-12-04',
  'nodejs12.x': '2023-03-31',
  'nodejs10.x': '2021-07-30',
  'nodejs8.10': '2020-03-06',
  'nodejs6.10': '2019-08-12',
  'nodejs4.3': '2020-03-05',
  'nodejs4.3-edge': '2020-03-05',
  nodejs: '2016-10-31',
  // Python
  'python3.15': null,
  'python3.14': '2029-06-30',
  'python3.13': '2029-06-30',
  'python3.12': '2028-10-31',
  'python3.11': '2027-06-30',
  'python3.10': '2026-10-31',
  'python3.9': '2025-12-15',
  'python3.8': '2024-10-14',
  'python3.7': '2023-12-04',
  'python3.6': '2022-07-18',
  'python2.7': '2021-07-15',
  // Java
  java25: '2029-06-30',
  java21: '2029-06-30',
  'java17.al2023': '2029-06-30',
  'java11.al2023': '2029-06-30',
  'java8.al2023': '2029-06-30',
  java17: '2027-06-30',
  java11: '2027-06-30',
  'java8.al2': '2027-06-30',
  java8: '2024-01-08',
  // .NET
  dotnet10: '2028-11-14',
  dotnet8: '2026-11-10',
  dotnet7: '2024-05-14',
  dotnet6: '2024-12-20',
  'dotnet5.0': '2022-05-10',
  'dotnetcore3.1': '2023-04-03',
  'dotnetcore2.1': '2022-01-05',
  'dotnetcore2.0': '2019-05-30',
  'dotnetcore1.0': '2019-06-27',
  // Ruby
  'ruby4.0': '2029-03-31',
  'ruby3.4': '2028-03-31',
  'ruby3.3': '2027-03-31',
  'ruby3.2': '2026-03-31',
  'ruby2.7': '2023-12-07',
  'ruby2.5': '2021-07-30',
  // OS-only and Go
  'provided.al2023': '2029-06-30',
  'provided.al2': '2026-07-31',
  provided: '2024-01-08',
  'go1.x': '2024-01-08',
};

export type RuntimeStatus =
  | { known: false }
  | { known: true; deprecated: boolean; date: string | null };

/** Where `runtime` stands on `at` (the time the function was observed). */
export function runtimeStatus(runtime: string, at: Date): RuntimeStatus {
  if (!(runtime in RUNTIME_DEPRECATION)) return { known: false };
  const date = RUNTIME_DEPRECATION[runtime] ?? null;
  return { known: true, date, deprecated: date !== null && Date.parse(`${date}T00:00:00Z`) <= at.getTime() };
}

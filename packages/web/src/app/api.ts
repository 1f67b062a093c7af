/** What the server offers (`GET /api/config`). */
export interface ServerConfig {
  readonly defaultCase: string;
  readonly record: { readonly label: string } | null;
}

/** One file of the case library (`GET /api/cases`). */
export interface CaseSummary {
  readonly file: string;
  readonly title: string | null;
  readonly format: 'yaml' | 'json';
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The server's configuration. */
export function fetchConfig(): Promise<ServerConfig> {
  return getJson<ServerConfig>('/api/config');
}

/** The case library. */
export async function fetchCases(): Promise<CaseSummary[]> {
  return (await getJson<{ cases: CaseSummary[] }>('/api/cases')).cases;
}

/** The text of one case file. */
export async function fetchCaseText(file: string): Promise<string> {
  const url = `/api/cases/${encodeURIComponent(file)}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`no case ${file} (${res.status})`);
  return res.text();
}

/** Fetches a record endpoint (`stats` or `libya`); only called when the config says a record exists. */
export function fetchRecord<T>(what: 'stats' | 'libya'): Promise<T> {
  return getJson<T>(`/api/record/${what}`);
}

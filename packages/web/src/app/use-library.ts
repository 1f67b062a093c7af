import { CaseListSchema, type CaseSummary, type ServerConfig, ServerConfigSchema } from '@horseshoe/protocol';
import { useCallback, useEffect, useState } from 'react';
import { fetchParsed, fetchText } from '../state/fetch-parsed.ts';

/**
 * The server's configuration and case library. Once they are loaded, `start` opens the first file
 * (the one the page's address names, else the server's default case: see `use-address.ts`).
 */
export function useLibrary(
  onOpened: (file: string, text: string) => void,
  start: (defaultCase: string, openCase: (file: string) => Promise<void>) => Promise<void>,
) {
  const [config, setConfig] = useState<ServerConfig | null>(null);
  const [cases, setCases] = useState<readonly CaseSummary[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  const openCase = useCallback(
    async (file: string) => {
      try {
        onOpened(file, await fetchText(`/api/cases/${encodeURIComponent(file)}`));
        setLoadError(null);
      } catch (error) {
        setLoadError(error instanceof Error ? error.message : String(error));
      }
    },
    [onOpened],
  );

  useEffect(() => {
    // Started once per mount: a run whose effect was cleaned up (React's StrictMode mounts twice in
    // development) opens nothing, so the file is opened once and the address's what-ifs replayed once.
    let cancelled = false;
    void (async () => {
      try {
        const [cfg, list] = await Promise.all([
          fetchParsed('/api/config', ServerConfigSchema),
          fetchParsed('/api/cases', CaseListSchema),
        ]);
        if (cancelled) return;
        setConfig(cfg);
        setCases(list.cases);
        await start(cfg.defaultCase, openCase);
      } catch (error) {
        if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [openCase, start]);

  return { config, cases, loadError, openCase };
}

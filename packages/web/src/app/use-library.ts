import { CaseListSchema, type CaseSummary, type ServerConfig, ServerConfigSchema } from '@horseshoe/protocol';
import { useCallback, useEffect, useState } from 'react';
import { fetchParsed, fetchText } from '../state/fetch-parsed.ts';

/**
 * The server's configuration and case library; opens the case named in the page's `?case=` (else the
 * server's default case) once, and keeps `?case=` in step with the case opened.
 */
export function useLibrary(onOpened: (file: string, text: string) => void) {
  const [config, setConfig] = useState<ServerConfig | null>(null);
  const [cases, setCases] = useState<readonly CaseSummary[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  const openCase = useCallback(
    async (file: string) => {
      try {
        onOpened(file, await fetchText(`/api/cases/${encodeURIComponent(file)}`));
        setLoadError(null);
        const url = new URL(window.location.href);
        url.searchParams.set('case', file);
        window.history.replaceState(null, '', url);
      } catch (error) {
        setLoadError(error instanceof Error ? error.message : String(error));
      }
    },
    [onOpened],
  );

  useEffect(() => {
    void (async () => {
      try {
        const [cfg, list] = await Promise.all([
          fetchParsed('/api/config', ServerConfigSchema),
          fetchParsed('/api/cases', CaseListSchema),
        ]);
        setConfig(cfg);
        setCases(list.cases);
        await openCase(new URL(window.location.href).searchParams.get('case') ?? cfg.defaultCase);
      } catch (error) {
        setLoadError(error instanceof Error ? error.message : String(error));
      }
    })();
  }, [openCase]);

  return { config, cases, loadError, openCase };
}

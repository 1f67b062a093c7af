import type { CreateSessionResponse } from '@horseshoe/protocol';
import { useId, useState } from 'react';
import { QrCode } from './qr-code.tsx';

/** Copies a text to the clipboard, or (where the page may not: plain http on a LAN) selects it for Ctrl+C. */
async function copy(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.select();
    return false;
  }
}

function LinkRow({ label, url, testId }: { readonly label: string; readonly url: string; readonly testId: string }) {
  const id = useId();
  const [note, setNote] = useState('');
  return (
    <li className="link-row" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <input id={id} readOnly value={url} onFocus={(e) => e.target.select()} />
      <button
        type="button"
        onClick={(e) => {
          const input = e.currentTarget.parentElement?.querySelector('input') ?? null;
          void copy(url, input).then((ok) => setNote(ok ? 'Copied' : 'Selected: press Ctrl+C'));
        }}
      >
        Copy<span className="visually-hidden"> the {label} link</span>
      </button>
      <a href={url} target="_blank" rel="noreferrer">
        Open<span className="visually-hidden"> the {label} screen</span>
      </a>
      <span role="status" className="copy-note">
        {note}
      </span>
      <details>
        <summary>
          QR code<span className="visually-hidden"> of the {label} link</span>
        </summary>
        <QrCode url={url} label={label} />
      </details>
    </li>
  );
}

/**
 * The links of a new session: the chair's, the gallery's and one per seat, each to copy, open or show
 * as a QR code. Whoever holds a link acts in its role: hand each to its delegation only.
 */
export function SessionLinks({ created, title }: { readonly created: CreateSessionResponse; readonly title: string }) {
  return (
    <section
      className="session-panel links"
      aria-labelledby="links-title"
      data-testid="session-links"
      data-session={created.id}
    >
      <h2 id="links-title">Links for “{title}”</h2>
      <p>
        Each link is a role's only key: give the chair's to the chair, each seat's to its delegation, and show the
        gallery's to the audience. The links are kept in this browser so you can hand out seats later.
      </p>
      <ul className="link-list">
        <LinkRow label="Chair" url={created.links.chair} testId="link-chair" />
        <LinkRow label="Gallery" url={created.links.gallery} testId="link-gallery" />
      </ul>
      <h3>Seats</h3>
      <ul className="link-list">
        {Object.entries(created.links.seats).map(([code, url]) => (
          <LinkRow key={code} label={`Seat ${code}`} url={url} testId={`link-seat-${code}`} />
        ))}
      </ul>
    </section>
  );
}

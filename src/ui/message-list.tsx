// A list of loader messages: where (file, row, column) and what, in the page's language (each
// message carries both; the English page shows no Chinese chrome). Values are rendered as
// text, whatever they contain.
import { useLang } from '../state/lang';

interface Message {
  code: string;
  file: string;
  row?: number;
  column?: string;
  zh: string;
  en: string;
}

export function MessageList({
  messages,
  kind,
}: {
  messages: readonly Message[];
  kind: 'error' | 'warning';
}) {
  const lang = useLang();
  if (messages.length === 0) return null;
  return (
    <ul className={`messages messages-${kind}`}>
      {messages.map((m, i) => (
        <li key={`${m.code}-${m.row ?? ''}-${m.column ?? ''}-${i}`} data-code={m.code}>
          {m[lang]}
        </li>
      ))}
    </ul>
  );
}

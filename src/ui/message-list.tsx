// A list of loader messages: where (file, row, column) and what, in Chinese with the English
// beside it. Values are rendered as text, whatever they contain.
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
  if (messages.length === 0) return null;
  return (
    <ul className={`messages messages-${kind}`}>
      {messages.map((m, i) => (
        <li key={`${m.code}-${m.row ?? ''}-${m.column ?? ''}-${i}`} data-code={m.code}>
          <span className="message-zh">{m.zh}</span>
          <span className="message-en" lang="en">
            {m.en}
          </span>
        </li>
      ))}
    </ul>
  );
}

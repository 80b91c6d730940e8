// Where reports come in: a drop zone with a file picker (several files at once) and a box for
// text pasted from a report's web page. While inputs are being read (`busy`, shown with a cancel
// button by the view) new ones are not taken.
import { useState, type DragEvent } from 'react';
import { useT } from '../../state/lang';
import { L } from './labels';

const ACCEPT = '.txt,.html,.htm,.pdf,.csv,.json,.md';

interface Props {
  busy: boolean;
  onFiles: (files: File[]) => void;
  onPaste: (text: string) => void;
}

export function DropZone({ busy, onFiles, onPaste }: Props) {
  const tr = useT();
  const [over, setOver] = useState(false);
  const [text, setText] = useState('');
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!busy) onFiles([...e.dataTransfer.files]);
  };
  return (
    <div className="import-inputs">
      <div
        className={over ? 'drop-zone over' : 'drop-zone'}
        data-drop-zone
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>{tr(L.drop)}</p>
        <label className="file-pick">
          {tr(L.pick)}
          <input
            type="file"
            multiple
            accept={ACCEPT}
            data-file-input
            disabled={busy}
            onChange={(e) => {
              onFiles([...(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <div className="paste-box">
        <label htmlFor="import-paste">{tr(L.paste)}</label>
        <textarea
          id="import-paste"
          data-paste
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button
          type="button"
          data-parse-paste
          disabled={busy || text.trim() === ''}
          onClick={() => onPaste(text)}
        >
          {tr(L.parsePaste)}
        </button>
      </div>
    </div>
  );
}

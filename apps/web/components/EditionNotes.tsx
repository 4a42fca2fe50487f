import type { EditionNote } from "@nato/core";

/** NATO's caveats on the figures just shown, as core records them (series breaks, basis changes). */
export function EditionNotes({ notes }: { notes: readonly EditionNote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="edition-notes" aria-label="Notes on these figures">
      {notes.map((note) => (
        <li key={note.id} data-note={note.id}>
          <strong>Note:</strong> {note.text}
        </li>
      ))}
    </ul>
  );
}

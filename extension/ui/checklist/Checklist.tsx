/**
 * @module extension/ui/checklist/Checklist
 *
 * The checklist beside the reply editor: each part the Code requires, ticked or missing with its
 * provision and an "Add" button; cautions with the words that caused them; the letter kind (guessed
 * or chosen); and the letter writers. Keyboard-usable, with a polite `role="status"` summary.
 */
import type { DraftCaution, DraftElement, DraftKind } from '@complaint-code/shared';
import { LetterForms } from '../extension-notice/LetterForms.js';
import { kindWords, type ChecklistModel } from './checklist-model.js';
import { keepEditorFocus } from './keep-focus.js';

const BODY_ID = 'cc-checklist-body';
// The kinds from the words table: the content script stays free of zod and the SDK at run time.
const kinds = Object.keys(kindWords) as DraftKind[];
const isKind = (value: string): value is DraftKind => (kinds as string[]).includes(value);


function ElementItem({ element, model }: { element: DraftElement; model: ChecklistModel }) {
  const add = (event: MouseEvent) => {
    if (!element.suggestion) return;
    const ok = model.actions.insert(event, element.suggestion);
    model.tell(ok ? `Added a sentence for “${element.title}”: check the words in square brackets.` : 'The editor did not accept the text. Copy it from the checklist instead.');
  };
  return (
    <li class="ck-item" data-present={String(element.present)} data-element={element.id}>
      <span class="ck-mark" data-present={String(element.present)}>
        {element.present ? 'Present' : element.level === 'required' ? 'Missing' : 'Advised'}
      </span>{' '}
      <strong>{element.title}</strong> <span class="ck-provision">{element.provision}</span>
      {element.present ? null : (
        <>
          <p class="ck-message">{element.message}</p>
          {element.suggestion ? (
            <p class="ck-suggestion">
              <button type="button" class="ck-add" onMouseDown={keepEditorFocus} onClick={add}>
                Add<span class="cc-sr"> {element.title}</span>
              </button>{' '}
              <span class="ck-sentence">“{element.suggestion}”</span>
            </p>
          ) : null}
        </>
      )}
    </li>
  );
}

function CautionItem({ caution }: { caution: DraftCaution }) {
  return (
    <li class="ck-caution" data-severity={caution.severity} data-caution={caution.id}>
      <span class="ck-mark" data-severity={caution.severity}>{caution.severity === 'breach' ? 'Breach' : caution.severity === 'warning' ? 'Warning' : 'Advice'}</span>{' '}
      {caution.message} <span class="ck-provision">{caution.provision}</span>
      <p class="ck-words">
        Words: {caution.words.map((word, index) => (
          <span key={word}>
            {index > 0 ? ', ' : ''}
            <q class="ck-word">{word}</q>
          </span>
        ))}
      </p>
    </li>
  );
}

/**
 * @example
 * render(<Checklist model={model} />, container);
 */
export function Checklist({ model }: { model: ChecklistModel }) {
  const check = model.result.value;
  const collapsed = model.collapsed.value;
  const chosen = model.chosenKind.value;
  const asking = model.asking.value;
  // While asking, the findings would assume a kind the officer has not confirmed: show none of them.
  const elements = asking ? [] : (check?.elements ?? []);
  const cautions = check?.cautions ?? [];
  const points = asking ? [] : (check?.unaddressedPoints ?? []);
  const guessed = asking ? 'Choose the kind of letter' : check && !chosen ? `Guess from the draft (${kindWords[check.kind]})` : 'Guess from the draft';
  // When asking, the likely kinds come first in the list.
  const likely = check?.needsKind?.candidates ?? [];
  const ordered = asking ? [...likely, ...kinds.filter((kind) => !likely.includes(kind))] : kinds;

  return (
    <section class="ck-root" aria-labelledby="ck-title">
      <div class="ck-head">
        <h2 id="ck-title" class="ck-title">Complaint Code checklist</h2>
        <button type="button" class="cc-link" aria-expanded={!collapsed} aria-controls={BODY_ID} onClick={(event) => model.toggle(event)}>
          {collapsed ? 'Show checklist' : 'Hide checklist'}
        </button>
      </div>
      <p role="status" class="ck-summary">{model.summary.value}</p>
      <div id={BODY_ID} hidden={collapsed}>
        <div class="cc-field ck-kind" data-asking={String(asking)}>
          <label for="ck-kind">Kind of letter</label>
          {asking ? (
            <p id="ck-kind-ask" class="ck-ask">
              <strong>Which letter is this?</strong> The draft does not show clearly what kind of letter it is. Choose one to check it against the Code.
            </p>
          ) : null}
          <select
            id="ck-kind"
            aria-describedby={asking ? 'ck-kind-ask' : undefined}
            value={chosen ?? ''}
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              model.chooseKind(isKind(value) ? value : undefined);
            }}
          >
            <option value="">{guessed}</option>
            {ordered.map((kind) => (
              <option key={kind} value={kind}>{kindWords[kind]}</option>
            ))}
          </select>
        </div>
        {elements.length > 0 ? (
          <>
            <h3 class="cc-h">What the letter must include</h3>
            <ul class="ck-list" aria-label="Parts of the letter">
              {elements.map((element) => <ElementItem key={element.id} element={element} model={model} />)}
            </ul>
          </>
        ) : null}
        {points.length > 0 ? (
          <>
            <h3 class="cc-h">Points with no decision</h3>
            <ul class="ck-list" aria-label="Points of the complaint with no decision">
              {points.map((point) => (
                <li key={point.point} class="ck-item" data-present="false" data-point="">
                  <span class="ck-mark" data-present="false">No decision</span> <q class="ck-word">{point.point}</q>{' '}
                  <span class="ck-provision">{point.provision}</span>
                  <p class="ck-message">{point.message}</p>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {cautions.length > 0 ? (
          <>
            <h3 class="cc-h">Cautions</h3>
            <ul class="ck-list" aria-label="Cautions">
              {cautions.map((caution) => <CautionItem key={caution.id} caution={caution} />)}
            </ul>
          </>
        ) : null}
        <LetterForms model={model} />
      </div>
    </section>
  );
}

import { fieldId, type Option } from './fields';

interface ChoiceProps {
  name: string;
  legend: string;
  options: Option[];
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  errors?: string[];
}

/** A radio group in a fieldset: for yes/no facts and outcomes that must be chosen deliberately, never defaulted. */
export function ChoiceField(props: ChoiceProps) {
  const id = fieldId(props.name);
  const invalid = Boolean(props.errors?.length);
  const described = [props.hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class={`field choice${invalid ? ' field--invalid' : ''}`} aria-describedby={described}>
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint" id={`${id}-hint`}>{props.hint}</p>}
      {invalid && (
        <p class="field-error" id={`${id}-error`}>
          {props.errors!.join('. ')}
        </p>
      )}
      <div class="choice-options">
        {props.options.map((option, index) => (
          <label key={option.value} class="choice-option">
            <input
              type="radio"
              id={index === 0 ? id : `${id}-${option.value}`}
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onInput(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export const YES_NO: Option[] = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

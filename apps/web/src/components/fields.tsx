import type { ComponentChildren, InputHTMLAttributes } from 'preact';

/** The input's id for a field path such as `details.rounds`; error summaries link to it. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^\w-]/g, '-')}`;
}

interface FieldShell {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  optional?: boolean;
}

function describedBy({ name, hint, errors }: FieldShell): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : '', errors?.length ? `${fieldId(name)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Shell(props: FieldShell & { children: ComponentChildren; wide?: boolean }) {
  const id = fieldId(props.name);
  const invalid = Boolean(props.errors?.length);
  return (
    <div class={`field${invalid ? ' field--invalid' : ''}${props.wide ? ' field--wide' : ''}`}>
      <label for={id}>
        {props.label}
        {props.optional && <span class="optional"> (optional)</span>}
      </label>
      {props.hint && <p class="hint" id={`${id}-hint`}>{props.hint}</p>}
      {invalid && (
        <p class="field-error" id={`${id}-error`}>
          {props.errors!.join('. ')}
        </p>
      )}
      {props.children}
    </div>
  );
}

type InputProps = FieldShell & {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'number' | 'date' | 'datetime-local' | 'password' | 'search';
  min?: number | string;
  max?: number | string;
  step?: number | string;
  autoComplete?: string;
  required?: boolean;
};

export function InputField(props: InputProps) {
  return (
    <Shell {...props}>
      <input
        id={fieldId(props.name)}
        name={props.name}
        // Preact's input types are a union keyed by `type`; this one component serves several types.
        {...({ type: props.type ?? 'text' } as InputHTMLAttributes)}
        value={props.value}
        min={props.min}
        max={props.max}
        step={props.step}
        autocomplete={props.autoComplete}
        required={props.required}
        aria-invalid={props.errors?.length ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
      />
    </Shell>
  );
}

export function TextAreaField(props: FieldShell & { value: string; onInput: (value: string) => void; rows?: number; maxLength?: number }) {
  return (
    <Shell {...props} wide>
      <textarea
        id={fieldId(props.name)}
        name={props.name}
        rows={props.rows ?? 4}
        maxLength={props.maxLength}
        value={props.value}
        aria-invalid={props.errors?.length ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(event) => props.onInput((event.currentTarget as HTMLTextAreaElement).value)}
      />
    </Shell>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(props: FieldShell & { value: string; onInput: (value: string) => void; options: Option[]; placeholder?: string }) {
  return (
    <Shell {...props}>
      <select
        id={fieldId(props.name)}
        name={props.name}
        value={props.value}
        aria-invalid={props.errors?.length ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onChange={(event) => props.onInput((event.currentTarget as HTMLSelectElement).value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { fieldId } from './fields';

interface ErrorSummaryProps {
  message: string;
  fields: Record<string, string[]>;
  labels?: Record<string, string>;
  /** The form's name of a refused field where it differs from the API's (two password fields on one page). */
  fieldNames?: Record<string, string>;
}

/** Lists every refused field with a link to it, and takes focus so keyboard and screen-reader users hear it. */
export function ErrorSummary({ message, fields, labels, fieldNames }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message, fields]);
  const entries = Object.entries(fields);
  return (
    <div class="alert alert--error" role="alert" tabIndex={-1} ref={ref}>
      <h2 class="alert-title">{entries.length ? 'The register could not accept this yet' : 'Not done'}</h2>
      {entries.length ? (
        <ul>
          {entries.map(([field, messages]) => (
            <li key={field}>
              <a
                href={`#${fieldId(fieldNames?.[field] ?? field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(fieldNames?.[field] ?? field))?.focus();
                }}
              >
                {labels?.[field] ?? field}: {messages.join('; ')}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{message}</p>
      )}
    </div>
  );
}

export function Alert({ kind, title, children }: { kind: 'info' | 'success' | 'warning' | 'error'; title?: string; children?: ComponentChildren }) {
  return (
    <div class={`alert alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {title && <h2 class="alert-title">{title}</h2>}
      {children}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** While a resource loads, or why it did not: the one place pages say so. */
export function ResourceState({ resource, what }: { resource: { error?: { message: string }; loading: boolean; data?: unknown }; what: string }) {
  if (resource.error) {
    return (
      <Alert kind="error" title={`Could not load ${what}`}>
        <p>{resource.error.message}</p>
      </Alert>
    );
  }
  return resource.loading && resource.data === undefined ? <Loading what={what} /> : null;
}

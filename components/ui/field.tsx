import { useId, type ComponentProps, type ReactNode } from "react";

const control =
  "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-sm text-ink shadow-sm aria-[invalid=true]:border-danger";

type FieldProps = {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  required?: boolean;
  children?: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean; name: string; required?: boolean }) => ReactNode;
};

/** A labelled control with its hint and its errors wired up for assistive technology. */
export function Field({ label, name, errors, hint, required, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
        {required ? <span className="text-danger"> *</span> : <span className="font-normal text-muted"> (optional)</span>}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {children?.({ id, "aria-describedby": describedBy, "aria-invalid": errors?.length ? true : undefined, name, required })}
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm text-danger" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function Input(props: ComponentProps<"input">) {
  return <input {...props} className={`${control} ${props.className ?? ""}`} />;
}

export function Textarea(props: ComponentProps<"textarea">) {
  return <textarea {...props} className={`${control} ${props.className ?? ""}`} />;
}

export function Select(props: ComponentProps<"select">) {
  return <select {...props} className={`${control} ${props.className ?? ""}`} />;
}

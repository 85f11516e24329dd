/** Where an entry sits in its hierarchy (Thing › Organization › LocalBusiness): each step opens that entry. */

/** One step of a breadcrumb. */
export interface Crumb {
  key: string;
  label: string;
}

export function Breadcrumb(props: { label: string; steps: Crumb[]; current: string; onOpen: (key: string) => void }) {
  return (
    <nav className="vb-crumbs" aria-label={props.label}>
      <ol>
        {props.steps.map((step) => (
          <li key={step.key}>
            <button type="button" className="link-btn" onClick={() => props.onOpen(step.key)}>
              {step.label}
            </button>
          </li>
        ))}
        <li aria-current="page">{props.current}</li>
      </ol>
    </nav>
  );
}

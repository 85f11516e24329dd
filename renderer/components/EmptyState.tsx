/** A centred message for a screen with nothing to show yet, with one action. */
export function EmptyState(props: { title: string; text: string; action?: string; onAction?: () => void }) {
  return (
    <div className="empty">
      <h2>{props.title}</h2>
      <p>{props.text}</p>
      {props.action && (
        <button type="button" className="btn btn-primary" onClick={props.onAction}>
          {props.action}
        </button>
      )}
    </div>
  );
}

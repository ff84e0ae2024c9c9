/** The story in a few sentences, in article order. */
export function SummaryCard({ sentences }: { sentences: string[] }) {
  if (sentences.length === 0) return null;
  return (
    <section class="card" data-testid="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <ul class="summary">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}

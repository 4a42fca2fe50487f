export default function OverviewPage() {
  return <h1>NATO defence spending</h1>;
}

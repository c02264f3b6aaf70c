/** The floor outside a benchmark server: an empty 404 (not the root's redirect to the home page). */
export default function BenchFloorNotFound() {
  return null;
}

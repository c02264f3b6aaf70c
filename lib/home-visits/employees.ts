/**
 * State Corporation field employees who make home visits (seeded data, as the staff directory would
 * give).
 */
export const fieldEmployees = [
  { id: "sc-field-1", name: "Жұмабаев Нұрлан" },
  { id: "sc-field-2", name: "Ким Елена" },
  { id: "sc-field-3", name: "Сейітова Динара" },
] as const;

export function findEmployee(id: string) {
  return fieldEmployees.find((employee) => employee.id === id) ?? null;
}

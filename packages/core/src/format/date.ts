const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function parts(date: string): { year: string; month: string | null; day: number | null } {
  const [year = date, month, day] = date.split("-");
  const monthName = month === undefined ? null : (MONTHS[Number(month) - 1] ?? null);
  return { year, month: monthName, day: day === undefined ? null : Number(day) };
}

/**
 * A fact's date as precise as it is known, in British style: a day, a month, a year, or a span of days.
 *
 * @category Formatting
 * @example
 * formatFactDate("2014-09-05"); // "5 September 2014"
 * formatFactDate("2025-01"); // "January 2025"
 * formatFactDate("2006"); // "2006"
 * formatFactDate("2025-06-24", "2025-06-25"); // "24-25 June 2025"
 */
export function formatFactDate(date: string, endDate?: string): string {
  const start = parts(date);
  const text = [start.day, start.month, start.year].filter((p) => p !== null).join(" ");
  if (!endDate) return text;
  const end = parts(endDate);
  if (end.year === start.year && end.month === start.month && start.day !== null && end.day !== null) {
    return `${start.day}-${end.day} ${start.month} ${start.year}`;
  }
  return `${text} to ${[end.day, end.month, end.year].filter((p) => p !== null).join(" ")}`;
}

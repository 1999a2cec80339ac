// A percentage as tables print it: one decimal place at most (91.7%, 60%).

export function percentText(value: number): string {
  return `${Number((Math.round(value * 10) / 10).toFixed(1))}%`;
}

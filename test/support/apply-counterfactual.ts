/** Sets one input field (a dotted path such as `fgm.atRisk`) in a copy of an input. */
export function withInputField(input: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const copy = { ...input };
  if (rest.length === 0) copy[head!] = value;
  else copy[head!] = withInputField((input[head!] as Record<string, unknown> | undefined) ?? {}, rest.join('.'), value);
  return copy;
}

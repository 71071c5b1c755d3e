/** Waits until `read` gives `want` (5 s at most), then asserts it: for state the page reaches on its own time. */
export async function until<T>(read: () => Promise<T>, want: T): Promise<void> {
  const end = Date.now() + 5000;
  let got = await read();
  while (got !== want && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    got = await read();
  }
  expect(got).toEqual(want);
}

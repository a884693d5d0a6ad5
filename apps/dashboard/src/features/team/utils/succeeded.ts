/** Runs a mutation; resolves true on success. Hooks report the failure through `error`. */
export async function succeeded(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch {
    return false;
  }
}

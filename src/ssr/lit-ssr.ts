// @lit-labs/ssr is an optional peer dependency: a page that only uses the widgets never installs it,
// so a server that renders them is told plainly what to add instead of Node's "Cannot find package".
type LitSsr = typeof import('@lit-labs/ssr');
type RenderResultModule = typeof import('@lit-labs/ssr/lib/render-result.js');

export const MISSING_LIT_SSR = 'encart/ssr renders with Lit SSR, which is not installed: npm install @lit-labs/ssr';

async function loadLitSsr(): Promise<[LitSsr, RenderResultModule]> {
  try {
    return await Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js')]);
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code === 'ERR_MODULE_NOT_FOUND' && message?.includes('@lit-labs/ssr')) throw new Error(MISSING_LIT_SSR, { cause: error });
    throw error;
  }
}

export const [{ render }, { collectResultSync }] = await loadLitSsr();

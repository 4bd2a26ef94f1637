import { browser } from 'wxt/browser';
import type { Lang } from '../core/index/types';
import en from '../../public/_locales/en/messages.json';

/**
 * The extension's own interface language (popup, options, tooltip card).
 *
 * Strings live in public/_locales/<locale>/messages.json — the browser picks the locale. Key names are
 * stable: en/messages.json is the reference and documents each key in its `description`; the other
 * locales carry the same keys (tests/unit/ui/i18n.test.ts holds them to it). Substitutions use named
 * placeholders (`$TEXT$` → `"content": "$1"`), the form every browser documents.
 *
 * `t()` falls back to the bundled English text when the browser has no answer (vitest's fakeBrowser, a
 * missing key), and honours an override loaded by `loadLocaleOverride` (the popup's `?lang=ar`, used
 * for tests and screenshots: an extension cannot switch the browser's locale at run time).
 */
export type MessageKey = keyof typeof en;
interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, MessageEntry>;

const LOCALE_DIR: Record<Lang, string> = { en: 'en', fr: 'fr', es: 'es', ar: 'ar', zh: 'zh_CN', ru: 'ru' };
const LANGS = Object.keys(LOCALE_DIR) as Lang[];
const ENGLISH = en as Messages;

let override: { lang: Lang; messages: Messages } | undefined;

/** Chrome's algorithm for a message from a bundle: named placeholders first, then `$1`…`$9`. */
export function formatMessage(entry: MessageEntry, subs: readonly string[]): string {
  const named = entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const p = entry.placeholders?.[name.toLowerCase()];
    return p ? p.content : whole;
  });
  return named.replace(/\$([$1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

function fromBrowser(key: string, subs: string[]): string {
  try {
    // Typed against the generated key list, which lags behind messages.json until `wxt prepare` runs.
    const get = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string | undefined;
    return get.call(browser.i18n, key, subs) ?? '';
  } catch {
    return ''; // fakeBrowser throws "not implemented"; a page without the API returns nothing either
  }
}

/** The UI text for `key`, with substitutions. Never empty: English, then the key itself, as last resorts. */
export function t(key: MessageKey, subs?: string | number | readonly (string | number)[]): string {
  const list = (subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]).map(String);
  const own = override?.messages[key];
  if (own) return formatMessage(own, list);
  const native = override ? '' : fromBrowser(key, list);
  if (native) return native;
  const fallback = ENGLISH[key];
  return fallback ? formatMessage(fallback, list) : key;
}

function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as string[]).includes(x);
}

/** The language the UI text is in: the locale whose messages the browser chose (each bundle names itself). */
export function uiLang(): Lang {
  if (override) return override.lang;
  const own = fromBrowser('uiLang', []);
  return isLang(own) ? own : 'en';
}

export function uiDir(lang: Lang = uiLang()): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** Use another locale's bundle (tests, screenshots). `undefined` returns to the browser's choice. */
export function setLocaleOverride(lang: Lang | undefined, messages?: Messages): void {
  override = lang && messages ? { lang, messages } : undefined;
}

/** Loads `_locales/<lang>/messages.json` from the extension itself and makes it the UI language. */
export async function loadLocaleOverride(lang: string | null | undefined): Promise<boolean> {
  if (!isLang(lang)) return false;
  try {
    const url = browser.runtime.getURL(`/_locales/${LOCALE_DIR[lang]}/messages.json` as '/popup.html');
    const res = await fetch(url);
    setLocaleOverride(lang, (await res.json()) as Messages);
    return true;
  } catch {
    return false;
  }
}

/** Sets `lang` and `dir` on the document of an extension page (popup, options). */
export function applyDocumentLanguage(doc: Document = document): void {
  const lang = uiLang();
  doc.documentElement.lang = lang === 'zh' ? 'zh-CN' : lang;
  doc.documentElement.dir = uiDir(lang);
}

import { browser } from 'wxt/browser';
import { grantedOrigins, syncUserSiteScripts } from '../shared/user-sites';

/** Keeps the granted-sites registration in step with the permissions, whoever changed them. */
export async function syncGrantedSites(): Promise<void> {
  await syncUserSiteScripts(await grantedOrigins());
}

export function watchGrantedSites(): void {
  browser.permissions.onAdded.addListener(() => void syncGrantedSites());
  browser.permissions.onRemoved.addListener(() => void syncGrantedSites());
  void syncGrantedSites();
}

export function bump(pkgText: string, manifestText: string, versionsText: string): { manifest: string; versions: string };

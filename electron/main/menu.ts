import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  databasePath: string;
  backUpNow: () => void;
  restoreBackup: () => void;
}

export function buildMenu(options: MenuActions): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Back Up Now', click: options.backUpNow },
        { label: 'Restore a Backup…', click: options.restoreBackup },
        { type: 'separator' },
        { label: 'Show Database in Folder', click: () => shell.showItemInFolder(options.databasePath) },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}

import { useQuery } from '@tanstack/react-query';
import { desktopCall, isDesktop } from '@renderer/api/desktopOffice';

/**
 * Which office the desktop app has open (this computer's, or an office server and its origin); nothing in a browser,
 * where the page belongs to its server. Asked once per window: switching office starts the window again.
 */
export function useDesktopOffice() {
  return useQuery({
    queryKey: ['desktop.office'],
    enabled: isDesktop(),
    staleTime: Infinity,
    queryFn: async () => {
      const result = await desktopCall('desktop.office', {});
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
  });
}

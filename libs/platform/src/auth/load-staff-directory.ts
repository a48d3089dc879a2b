import { Logger } from '@nestjs/common';
import { AppConfig, ConfigurationError } from '../config/app-config';
import { developmentStaffFile, StaffDirectory } from './staff-directory';

/** STAFF_FILE when given; the documented development staff only on the embedded default. */
export function loadStaffDirectory(config: AppConfig): StaffDirectory {
  if (config.staffFile) return StaffDirectory.fromFile(config.staffFile);
  if (config.eventStore.kind !== 'sqlite') throw new ConfigurationError('STAFF_FILE is required when running on the production stores');
  const file = developmentStaffFile();
  if (!file) throw new ConfigurationError('STAFF_FILE is not set and config/staff.dev.json was not found');
  new Logger('Staff').warn(`STAFF_FILE not set: using the development staff tokens of ${file} (see README); never do this in production`);
  return StaffDirectory.fromFile(file);
}

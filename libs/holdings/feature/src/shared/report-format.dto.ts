import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ResponseHeaders } from '@era/platform';
import { TitleListReport } from '../import-title-list/title-list-report';
import { titleListReportCsv } from './title-list-reports';

export class ReportFormatQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

/** The report as asked: JSON as it is stored, or CSV (text/csv, spreadsheet-safe cells) to download. */
export function reportAnswer(report: TitleListReport, format: 'json' | 'csv' | undefined, response: ResponseHeaders, name: string): TitleListReport | string {
  if (format !== 'csv') return report;
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
  return titleListReportCsv(report);
}

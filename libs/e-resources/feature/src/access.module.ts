import { Module } from '@nestjs/common';
import { SECRET_VAULT_PROVIDERS } from '@era/platform';
import { AccessReads } from './access-shared/access-reads';
import { AddIpRangeController } from './add-ip-range/add-ip-range.controller';
import { AddIpRangeHandler } from './add-ip-range/add-ip-range.handler';
import { GetVendorAccountController } from './get-vendor-account/get-vendor-account.controller';
import { GetVendorAccountHandler } from './get-vendor-account/get-vendor-account.handler';
import { ListIpRangeSendingsController } from './list-ip-range-sendings/list-ip-range-sendings.controller';
import { ListIpRangeSendingsHandler } from './list-ip-range-sendings/list-ip-range-sendings.handler';
import { ListIpRangesController } from './list-ip-ranges/list-ip-ranges.controller';
import { ListIpRangesHandler } from './list-ip-ranges/list-ip-ranges.handler';
import { ListVendorAccountsController } from './list-vendor-accounts/list-vendor-accounts.controller';
import { ListVendorAccountsHandler } from './list-vendor-accounts/list-vendor-accounts.handler';
import { RecordIpRangeSendingController } from './record-ip-range-sending/record-ip-range-sending.controller';
import { RecordIpRangeSendingHandler } from './record-ip-range-sending/record-ip-range-sending.handler';
import { RegisterVendorAccountController } from './register-vendor-account/register-vendor-account.controller';
import { RegisterVendorAccountHandler } from './register-vendor-account/register-vendor-account.handler';
import { RemoveIpRangeController } from './remove-ip-range/remove-ip-range.controller';
import { RemoveIpRangeHandler } from './remove-ip-range/remove-ip-range.handler';
import { RevealVendorSecretController } from './reveal-vendor-secret/reveal-vendor-secret.controller';
import { RevealVendorSecretHandler } from './reveal-vendor-secret/reveal-vendor-secret.handler';
import { SetVendorSecretController } from './set-vendor-secret/set-vendor-secret.controller';
import { SetVendorSecretHandler } from './set-vendor-secret/set-vendor-secret.handler';
import { UnsentVendorsController } from './unsent-vendors/unsent-vendors.controller';
import { UnsentVendorsHandler } from './unsent-vendors/unsent-vendors.handler';

/**
 * Access to e-resources: the library's IP ranges and the record of sending them to vendors, and the vendors'
 * administration accounts, whose secrets the vault keeps apart from the log.
 */
@Module({
  controllers: [
    // Fixed paths before ':id' ones of the same prefix.
    ListIpRangeSendingsController,
    RecordIpRangeSendingController,
    UnsentVendorsController,
    ListIpRangesController,
    AddIpRangeController,
    RemoveIpRangeController,
    ListVendorAccountsController,
    RegisterVendorAccountController,
    GetVendorAccountController,
    SetVendorSecretController,
    RevealVendorSecretController,
  ],
  providers: [
    ...SECRET_VAULT_PROVIDERS,
    AccessReads,
    AddIpRangeHandler,
    RemoveIpRangeHandler,
    RecordIpRangeSendingHandler,
    ListIpRangesHandler,
    ListIpRangeSendingsHandler,
    UnsentVendorsHandler,
    RegisterVendorAccountHandler,
    ListVendorAccountsHandler,
    GetVendorAccountHandler,
    SetVendorSecretHandler,
    RevealVendorSecretHandler,
  ],
})
export class AccessModule {}

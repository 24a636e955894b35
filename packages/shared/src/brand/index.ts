// The names customers read: the API's defaults for PRODUCT_NAME / DISTRIBUTOR_NAME and the portal's,
// so e-mails, PDFs and pages never disagree. No default support phone: none is shown when unset.

/** Default product name (PRODUCT_NAME overrides it, in API and portal alike). */
export const PRODUCT_NAME_DEFAULT = 'Delega';

/** Default distributor name, as the seed's texts say it ("site da CPFL"); DISTRIBUTOR_NAME overrides it. */
export const DISTRIBUTOR_NAME_DEFAULT = 'CPFL';

/** The configured names; `supportPhone` null means no phone is shown. */
export interface Brand {
  product: string;
  distributor: string;
  supportPhone: string | null;
}

/** The brand with every default (tests and tools without configuration). */
export const DEFAULT_BRAND: Brand = {
  product: PRODUCT_NAME_DEFAULT,
  distributor: DISTRIBUTOR_NAME_DEFAULT,
  supportPhone: null,
};

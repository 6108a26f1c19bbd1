#ifndef BAOCAO_CLIBXML2_SHIM_H
#define BAOCAO_CLIBXML2_SHIM_H
// libxml2's push parser and SAX2 callbacks: the Excel reader streams every XML part through them.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, so encoding.h would include the system's <unicode/ucnv.h>,
// whose UErrorCode clashes with the ICU Foundation bundles (_FoundationICU) in any module that
// imports both. Nothing here uses ICU: the only fields it adds are two pointers at the end of
// xmlCharEncodingHandler, which is only ever reached through a pointer.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#endif

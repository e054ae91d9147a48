#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* libxml2's encoding.h pulls in the system ICU headers when libxml2 was built with ICU.
   Foundation ships its own ICU module whose `UErrorCode` differs, and a Swift module that sees
   both fails to compile. Nothing here uses libxml2's ICU converter fields (they sit at the end of
   xmlCharEncodingHandler, which is only handled by pointer), so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif

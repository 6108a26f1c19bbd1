#ifndef BAOCAO_CXLSXWRITER_SHIM_H
#define BAOCAO_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif

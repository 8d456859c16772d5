#ifndef LOOPAI_CHIREDIS_SHIM_H
#define LOOPAI_CHIREDIS_SHIM_H
#include <hiredis/hiredis.h>
#endif

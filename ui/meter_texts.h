#pragma once
// The English texts core/meter carries (Z-code field names and code meanings, the display
// reading catalogue's names, the decoded type number's meanings) in the UI language. core/meter
// stays free of Qt and keeps its stable English texts; this layer keys its translation tables
// (context "omt::ui::MeterTexts") by exactly those texts, and builds the ones core/meter composes
// (ratios, hour offsets, "tariff 2", "L1", "... / ...", "..., last debiting period") from their
// translated parts.
//
//   zFieldName(meter::ZField::Z1);                 // "Nachkommastellen im Display" in German
//   zCodeMeaning(meter::ZField::Z21, "300");      // "1500 A/5 A oder 300 A/1 A"
//   meterText("Active energy A+ tariff 2");        // "Wirkenergie A+ Tarif 2"
//   meterText("CH 318 K");                         // unchanged: a technical code, no words
//
// Texts that are not in the tables and match no pattern come back unchanged (English), never
// empty.

#include <QString>
#include <QStringList>
#include <string_view>

#include "meter/software_config.h"
#include "protocol/cosem/obis.h"

namespace omt::ui {

/// `english` (a text from core/meter) in the UI language; unchanged when unknown.
QString meterText(std::string_view english);

/// The name of a Z field, e.g. "Decimals in display", translated.
QString zFieldName(meter::ZField field);

/// What `code` means in `field` (meter::meaningOf), translated.
QString zCodeMeaning(meter::ZField field, std::string_view code);
/// The same with the codes the meter's device profile lists (its order form).
QString zCodeMeaning(meter::ZField field, std::string_view code,
                     const meter::OrderFormCodes& orderForm);

/// The name of a register: the display catalogue's name, an energy register per tariff
/// ("Active energy A- tariff 2"), else cosem::obisName (English). Translated.
QString readingName(const cosem::ObisCode& code);

/// Every source text of the translation tables (for tests: each must be translated).
QStringList meterTextSources();

}  // namespace omt::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentHash.h"

#include <QCryptographicHash>

namespace sayline::service {

std::string contentHash(const model::Article& article)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(article.title.data(), static_cast<qsizetype>(article.title.size())));
    hash.addData(QByteArrayView("\0", 1));
    const std::string body = article.body();
    hash.addData(QByteArrayView(body.data(), static_cast<qsizetype>(body.size())));
    return hash.result().toHex().toStdString();
}

} // namespace sayline::service

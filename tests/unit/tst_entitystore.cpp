// The packed entity store: what goes in comes out, lookups follow Backstage's rules, and the block read back from
// the snapshot cache is trusted only after its checks — a damaged block is rejected or stays safe to read.

#include "catalog/entitystore.h"

#include <QJsonArray>
#include <QTest>

#include <cstring>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

EntityRecord record(const QString& kind, const QString& name, const QJsonObject& spec = {},
                    const QJsonObject& extraMetadata = {})
{
    QJsonObject metadata = extraMetadata;
    metadata.insert(u"name"_s, name);
    metadata.insert(u"namespace"_s, u"default"_s);
    EntityRecord entity;
    entity.setData(QJsonObject { { u"apiVersion"_s, u"backstage.io/v1alpha1"_s },
                                 { u"kind"_s, kind },
                                 { u"metadata"_s, metadata },
                                 { u"spec"_s, spec } });
    entity.ref = kind.toLower() % u":default/"_s % name;
    entity.file = u"/catalog/"_s % name % u".yaml"_s;
    entity.position = { 3, 1 };
    entity.documentIndex = 1;
    entity.origin = u"file"_s;
    return entity;
}

EntityRecords sampleRecords()
{
    EntityRecord web = record(u"Component"_s, u"web"_s,
                              { { u"type"_s, u"website"_s },
                                { u"owner"_s, u"team-a"_s },
                                { u"lifecycle"_s, u"production"_s },
                                { u"system"_s, u"shop"_s } },
                              { { u"title"_s, u"Web shop"_s },
                                { u"description"_s, u"Sells bikes — and ünïcödé"_s },
                                { u"tags"_s, QJsonArray { u"java"_s, 7, u"web"_s } } });
    web.relations = { { u"ownedBy"_s, u"group:default/team-a"_s }, { u"partOf"_s, u"system:default/shop"_s } };
    EntityRecord team = record(u"Group"_s, u"team-a"_s, { { u"type"_s, u"team"_s } });
    team.relations = { { u"ownerOf"_s, u"component:default/web"_s } };
    EntityRecord duplicate = record(u"Component"_s, u"web"_s, { { u"type"_s, u"service"_s } });
    duplicate.hasErrors = true;
    EntityRecord broken; // a document that was not an entity at all: no ref, no descriptor
    broken.file = u"/catalog/broken.yaml"_s;
    broken.hasErrors = true;
    return { web, team, duplicate, broken };
}

std::optional<EntityStore> reread(const QByteArray& block)
{
    std::unique_ptr<quint64[]> buffer = EntityStore::allocateBuffer(block.size());
    if (!block.isEmpty())
        std::memcpy(buffer.get(), block.constData(), size_t(block.size()));
    return EntityStore::fromBytes(std::move(buffer), block.size());
}

} // namespace

class TestEntityStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fieldsComeOutAsTheyWentIn()
    {
        const EntityRecords records = sampleRecords();
        const EntityStore store = EntityStore::fromRecords(records);
        QCOMPARE(store.size(), 4);
        const Entity web = store.at(0);
        QVERIFY(web.isValid());
        QCOMPARE(web.index(), 0);
        QCOMPARE(web.apiVersion(), u"backstage.io/v1alpha1");
        QCOMPARE(web.kind(), u"Component");
        QCOMPARE(web.name(), u"web");
        QCOMPARE(web.ns(), u"default");
        QCOMPARE(web.title(), u"Web shop");
        QCOMPARE(web.displayName(), u"Web shop");
        QCOMPARE(web.description(), u"Sells bikes — and ünïcödé");
        QCOMPARE(web.specType(), u"website");
        QCOMPARE(web.lifecycle(), u"production");
        QCOMPARE(web.owner(), u"team-a");
        QCOMPARE(web.system(), u"shop");
        QCOMPARE(web.tags(), (QList<QStringView> { u"java", u"web" })); // the number is not a tag
        QCOMPARE(web.ref(), u"component:default/web");
        QCOMPARE(web.file(), u"/catalog/web.yaml");
        QCOMPARE(web.origin(), u"file");
        QCOMPARE(web.position(), (SourcePosition { 3, 1 }));
        QCOMPARE(web.documentIndex(), 1);
        QVERIFY(!web.hasErrors());
        QCOMPARE(web.relations(), records.at(0).relations);
        QCOMPARE(web.relationCount(), 2);
        QCOMPARE(web.relation(1).targetRef, u"system:default/shop");
        QCOMPARE(web.data(), records.at(0).data());
        QCOMPARE(web.toBackstageJson().value(u"relations"_s).toArray().size(), 2);

        const Entity team = store.at(1);
        QCOMPARE(team.displayName(), u"team-a"); // no title: the name
        QCOMPARE(team.tagCount(), 0);
        QCOMPARE(team.relations(), records.at(1).relations);

        const Entity broken = store.at(3);
        QVERIFY(broken.hasErrors());
        QVERIFY(broken.ref().isEmpty());
        QVERIFY(broken.data().isEmpty());
        QCOMPARE(broken.ns(), u"default");
    }

    void lookupIsExactAndFirstWins()
    {
        const EntityStore store = EntityStore::fromRecords(sampleRecords());
        QCOMPARE(store.indexOf(u"component:default/web"), 0); // the duplicate at 2 loses, as in Backstage
        QCOMPARE(store.indexOf(u"group:default/team-a"), 1);
        QCOMPARE(store.indexOf(u"group:default/team-b"), -1);
        QCOMPARE(store.indexOf(u""), -1); // entities without a ref are not found by an empty one
        QCOMPARE(store.indexOf(u"Group:default/team-a"), -1); // callers lower-case (CatalogSnapshot::find does)
    }

    void emptyAndInvalid()
    {
        const EntityStore empty;
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.begin(), empty.end());
        QCOMPARE(empty.indexOf(u"component:default/web"), -1);
        const Entity none;
        QVERIFY(!none.isValid());
        QCOMPARE(none.index(), -1);
        QVERIFY(none.name().isEmpty());
        QCOMPARE(none.relationCount(), 0);
        QCOMPARE(none.tagCount(), 0);
        QVERIFY(none.data().isEmpty());
        const std::optional<EntityStore> reread = ::reread(empty.toBytes());
        QVERIFY(reread && reread->isEmpty());
    }

    void iteratesInOrder()
    {
        const EntityStore store = EntityStore::fromRecords(sampleRecords());
        QStringList names;
        for (const Entity entity : store)
            names.append(entity.name().toString());
        QCOMPARE(names, (QStringList { u"web"_s, u"team-a"_s, u"web"_s, QString() }));
        QCOMPARE(store.end() - store.begin(), store.size());
    }

    void viewsOutliveTheirStoreObject()
    {
        // A view keeps pointing at the shared data, not at the EntityStore object it came from.
        Entity web;
        EntityStore copy;
        {
            const EntityStore store = EntityStore::fromRecords(sampleRecords());
            copy = store;
            web = store.at(0);
        }
        QCOMPARE(web.name(), u"web");
    }

    void blockRoundTrips()
    {
        const EntityStore store = EntityStore::fromRecords(sampleRecords());
        const QByteArray block = store.toBytes();
        QCOMPARE(block.size(), store.byteSize());
        QCOMPARE(block.size() % 8, 0);
        const std::optional<EntityStore> reread = ::reread(block);
        QVERIFY(reread);
        QCOMPARE(reread->toBytes(), block);
        QCOMPARE(reread->size(), store.size());
        for (qsizetype i = 0; i < store.size(); ++i) {
            QCOMPARE(reread->at(i).ref(), store.at(i).ref());
            QCOMPARE(reread->at(i).data(), store.at(i).data());
            QCOMPARE(reread->at(i).relations(), store.at(i).relations());
        }
        QCOMPARE(reread->indexOf(u"component:default/web"), 0);
        // Packing is deterministic: the same records give the same block.
        QCOMPARE(EntityStore::fromRecords(sampleRecords()).toBytes(), block);
    }

    // The linker's way in: entities first, relations later and in any entity order; each entity lists its own in
    // the order they were added.
    void relationsAddedAfterTheEntities()
    {
        EntityStoreBuilder builder;
        EntityRecords records = sampleRecords();
        for (EntityRecord& record : records)
            builder.appendWithoutRelations(std::move(record));
        const quint32 ownedBy = builder.intern(u"ownedBy");
        const quint32 ownerOf = builder.intern(u"ownerOf");
        const quint32 team = builder.intern(u"group:default/team-a");
        const quint32 web = builder.intern(u"component:default/web");
        QCOMPARE(builder.intern(u"ownedBy"), ownedBy); // one id per distinct text
        QCOMPARE(builder.string(web), u"component:default/web");
        QCOMPARE(builder.string(builder.refId(1)), u"group:default/team-a");
        QCOMPARE(builder.file(0), u"/catalog/web.yaml");
        QCOMPARE(builder.position(0), (SourcePosition { 3, 1 }));
        builder.addRelation(1, ownerOf, web);
        builder.addRelation(0, ownedBy, team);
        builder.addRelation(1, ownerOf, builder.intern(u"component:default/other"));
        const EntityStore store = builder.finish();
        QCOMPARE(store.at(0).relations(), (QList<Relation> { { u"ownedBy"_s, u"group:default/team-a"_s } }));
        QCOMPARE(store.at(1).relations(),
                 (QList<Relation> { { u"ownerOf"_s, u"component:default/web"_s },
                                    { u"ownerOf"_s, u"component:default/other"_s } }));
        QCOMPARE(store.at(2).relationCount(), 0);
        QCOMPARE(store.at(3).relationCount(), 0);
        QVERIFY(reread(store.toBytes())); // still a valid block
    }

    void truncatedOrExtendedBlocksAreRejected()
    {
        const QByteArray block = EntityStore::fromRecords(sampleRecords()).toBytes();
        for (qsizetype length = 0; length < block.size(); ++length)
            QVERIFY2(!reread(block.left(length)), qPrintable(QString::number(length)));
        QVERIFY(!reread(block + QByteArray(8, '\0')));
    }

    // Every byte of the block damaged in turn: the checks reject it, or what they let through is still inside the
    // block (the sanitizer build turns any stray read into a failure).
    void damagedBlocksAreRejectedOrSafe()
    {
        const QByteArray block = EntityStore::fromRecords(sampleRecords()).toBytes();
        int rejected = 0;
        for (qsizetype at = 0; at < block.size(); ++at) {
            for (const char flip : { char(0x01), char(0x80), char(0xff) }) {
                QByteArray damaged = block;
                damaged[at] = char(damaged[at] ^ flip);
                const std::optional<EntityStore> store = reread(damaged);
                if (!store) {
                    ++rejected;
                    continue;
                }
                for (const Entity entity : *store) {
                    (void)entity.toBackstageJson();
                    (void)entity.tags();
                    (void)entity.displayName().toString();
                    QVERIFY(store->indexOf(entity.ref()) <= entity.index());
                }
            }
        }
        QVERIFY(rejected > 0);
    }
};

QTEST_GUILESS_MAIN(TestEntityStore)
#include "tst_entitystore.moc"

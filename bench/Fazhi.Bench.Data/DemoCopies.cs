using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Fazhi.Bench.Data;

/// <summary>What one run of the generator wrote: rows per table, the tables it left out and why, and how long it took.</summary>
public sealed record CopyResult(IReadOnlyDictionary<string, long> RowsByTable, IReadOnlyList<string> Skipped, TimeSpan Elapsed)
{
    public long Rows => RowsByTable.Values.Sum();
}

/// <summary>
/// Makes more of the demo's records on PostgreSQL by copying them in SQL (INSERT … SELECT per table and batch of
/// copies), driven by the EF Core model, so every module's records are copied without the generator knowing them.
/// <list type="bullet">
/// <item>Township-scoped tables are the tables with a TownshipId column, and the tables reachable from them through
/// required foreign keys (the children of an aggregate).</item>
/// <item>In copy k every Guid key and every Guid column that may point at a township-scoped row (foreign key or not:
/// a deadline names its case without one) becomes md5(old:k), so parents and children of one copy agree; a pointer
/// whose copied target does not exist keeps the original (a reference outside the township).</item>
/// <item>Dates and years move back by the copy's whole years; the ints and texts of unique indexes that contain the
/// township are made distinct (sequence + 1000·n, number + "-n") for the n-th copy landing in the same township; a row
/// that still collides (one annual report per township and year, one ledger per key) is left out with its children.</item>
/// </list>
/// PostgreSQL only: it is the database a county of 2,000 townships runs on, and md5(…)::uuid keeps the mapping in SQL.
/// </summary>
public sealed class DemoCopies
{
    /// <summary>
    /// Tables with a township that are not records of a procedure, or cannot be copied meaningfully, by prefix: why.
    /// </summary>
    private static readonly (string Prefix, string Why)[] Left =
    [
        ("aud_", "审计链：每条记录的哈希链接前一条，复制会断链（ADR 审计链）"),
        ("nt_", "通知与摘要属于收件人，不是乡镇的记录"),
        ("att_", "附件内容在数据目录的文件存储中，复制行不会复制文件"),
        ("job_", "后台作业的锁与运行记录"),
        ("web_", "记录戳由生成器在复制后统一更新"),
        ("AspNet", "账号与登录"),
        ("sec_", "会话与安全记录"),
        ("DataProtectionKeys", "数据保护密钥"),
    ];

    private readonly ITable[] _order;
    private readonly Dictionary<ITable, TablePlan> _plans = [];
    private readonly List<string> _skipped = [];
    private readonly string _connectionString;
    private readonly ITable _townships;

    public DemoCopies(IModel model, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(model);
        _connectionString = connectionString;
        var tables = model.GetRelationalModel().Tables.ToList();
        _townships = tables.Single(t => t.Name == "org_townships");

        var scoped = new HashSet<ITable>();
        foreach (var table in tables.Where(t => t != _townships && t.FindColumn("TownshipId") is not null))
        {
            scoped.Add(table);
        }

        // Children: tables that cannot exist without a scoped parent (required foreign key), to a fixed point.
        bool grew;
        do
        {
            grew = false;
            foreach (var table in tables.Where(t => t != _townships && !scoped.Contains(t)))
            {
                if (table.ForeignKeyConstraints.Any(fk => scoped.Contains(fk.PrincipalTable) && fk.Columns.All(c => !c.IsNullable)))
                {
                    scoped.Add(table);
                    grew = true;
                }
            }
        }
        while (grew);

        foreach (var table in scoped.OrderBy(t => t.Name, StringComparer.Ordinal).ToList())
        {
            var why = Left.FirstOrDefault(l => table.Name.StartsWith(l.Prefix, StringComparison.Ordinal)).Why;
            if (why is null && (table.PrimaryKey is null || table.PrimaryKey.Columns.Count != 1 || table.PrimaryKey.Columns[0].ProviderClrType != typeof(Guid)))
            {
                why = "主键不是单个 Guid 列";
            }

            if (why is not null)
            {
                _skipped.Add($"{table.Name}：{why}");
                scoped.Remove(table);
            }
        }

        // A child whose only required parents were left out goes too.
        do
        {
            grew = false;
            foreach (var table in scoped.ToList())
            {
                if (table.FindColumn("TownshipId") is null
                    && !table.ForeignKeyConstraints.Any(fk => scoped.Contains(fk.PrincipalTable) && fk.Columns.All(c => !c.IsNullable)))
                {
                    _skipped.Add($"{table.Name}：其上级记录未复制");
                    scoped.Remove(table);
                    grew = true;
                }
            }
        }
        while (grew);

        _order = TopologicalOrder(scoped);
        foreach (var table in _order)
        {
            _plans[table] = Plan(table, scoped);
        }
    }

    /// <summary>Township-scoped tables that are not copied, and why.</summary>
    public IReadOnlyList<string> Skipped => _skipped;

    /// <summary>Township-scoped tables that are copied, parents first.</summary>
    public IReadOnlyList<string> Tables => [.. _order.Select(t => t.Name)];

    /// <summary>
    /// Adds <paramref name="townships"/> new townships to the county of the demo townships, each a copy of one demo township
    /// (in turn) with its records once per year 0 … <paramref name="years"/>−1 years back, so each has records in
    /// <paramref name="years"/> more years than the demo township it copies.
    /// </summary>
    public async Task<CopyResult> AddTownshipsAsync(int townships, int years, TextWriter? log = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(townships);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        var watch = Stopwatch.StartNew();
        await using var connection = await OpenAsync(ct);
        var demo = await DemoTownshipsAsync(connection, ct);
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        // A second call goes on numbering after the copies already made.
        int made;
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM org_townships WHERE substr(\"DivisionCode\", 7, 1) = '8'", connection))
        {
            made = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        // New townships: same county, ids md5(source:tN), division codes county + 8 + five digits, names with the copy.
        await ExecuteAsync(connection, """
            CREATE TEMP TABLE IF NOT EXISTS bench_townships (n int PRIMARY KEY, source uuid NOT NULL, target uuid NOT NULL);
            TRUNCATE bench_townships;
            """, ct);
        var values = new StringBuilder();
        for (var n = made; n < made + townships; n++)
        {
            var source = demo[n % demo.Count];
            values.Append(CultureInfo.InvariantCulture, $"{(values.Length == 0 ? "" : ",")}({n + 1}, '{source}', md5('{source}:t{n + 1}')::uuid)");
        }

        if (townships > 0)
        {
            await ExecuteAsync(connection, $"INSERT INTO bench_townships (n, source, target) VALUES {values}", ct);
            var columns = _townships.Columns.Select(c => c.Name).ToList();
            var select = columns.Select(c => c switch
            {
                "Id" => "b.target",
                "DivisionCode" => "left(s.\"DivisionCode\", 6) || '8' || lpad(b.n::text, 5, '0')",
                "Name" => "left(s.\"Name\", 30) || '（副本 ' || lpad(b.n::text, 4, '0') || '）'",
                _ => $"s.\"{c}\"",
            });
            rows[_townships.Name] = await ExecuteAsync(connection,
                $"INSERT INTO \"{_townships.Name}\" ({string.Join(", ", columns.Select(Quote))}) " +
                $"SELECT {string.Join(", ", select)} FROM \"{_townships.Name}\" s JOIN bench_townships b ON b.source = s.\"Id\"", ct);
        }

        // Copy k = 100·n + y of township n's source, y years back (at most 100); the y-th copy into that township.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(years, 100);
        var copies = new List<Copy>();
        for (var n = made + 1; n <= made + townships; n++)
        {
            for (var y = 0; y < years; y++)
            {
                copies.Add(new Copy(100 * n + y, demo[(n - 1) % demo.Count], null, n, y, y));
            }
        }

        await CopyAsync(connection, copies, rows, log, ct);
        await BumpStampsAsync(connection, ct);
        return new CopyResult(rows, _skipped, watch.Elapsed);
    }

    /// <summary>
    /// Multiplies the records of every demo township by <paramref name="times"/> in that township itself (ten times its
    /// cases, documents, deadlines …), in the same years: the copies' numbers carry "-n", their sequences + 1000·n.
    /// </summary>
    public async Task<CopyResult> MultiplyInPlaceAsync(int times, TextWriter? log = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        var watch = Stopwatch.StartNew();
        await using var connection = await OpenAsync(ct);
        var demo = await DemoTownshipsAsync(connection, ct);
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        var copies = new List<Copy>();
        var k = 1_000_000_000; // apart from the copies of AddTownshipsAsync (100·n + y)
        foreach (var township in demo)
        {
            for (var n = 1; n < times; n++)
            {
                copies.Add(new Copy(k++, township, township, 0, 0, n));
            }
        }

        await CopyAsync(connection, copies, rows, log, ct);
        await BumpStampsAsync(connection, ct);
        return new CopyResult(rows, _skipped, watch.Elapsed);
    }

    /// <summary>Copy k of <paramref name="Source"/>'s records into Target (or the new township N), YearsBack years earlier, the Nth in its township.</summary>
    private sealed record Copy(int K, Guid Source, Guid? Target, int NewTownship, int YearsBack, int NthInTownship);

    private async Task CopyAsync(NpgsqlConnection connection, List<Copy> copies, Dictionary<string, long> rows, TextWriter? log, CancellationToken ct)
    {
        await ExecuteAsync(connection, """
            CREATE TEMP TABLE IF NOT EXISTS bench_copies (k int PRIMARY KEY, source uuid NOT NULL, target uuid NOT NULL, back int NOT NULL, nth int NOT NULL);
            """, ct);
        // Batches of about 2,000 township copies keep each statement's transaction and sort memory modest.
        foreach (var batch in copies.Chunk(2000))
        {
            await ExecuteAsync(connection, "TRUNCATE bench_copies", ct);
            var values = string.Join(",", batch.Select(c => string.Create(CultureInfo.InvariantCulture,
                $"({c.K}, '{c.Source}', {(c.Target is { } t ? $"'{t}'" : $"md5('{c.Source}:t{c.NewTownship}')::uuid")}, {c.YearsBack}, {c.NthInTownship})")));
            await ExecuteAsync(connection, $"INSERT INTO bench_copies VALUES {values}; ANALYZE bench_copies;", ct);
            foreach (var table in _order)
            {
                var plan = _plans[table];
                var watch = Stopwatch.StartNew();
                var inserted = await ExecuteAsync(connection, plan.Sql, ct);
                rows[table.Name] = rows.GetValueOrDefault(table.Name) + inserted;
                if (log is not null && watch.Elapsed > TimeSpan.FromSeconds(2))
                {
                    await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {table.Name}: {inserted:N0} 行 {watch.Elapsed.TotalSeconds:0.0} s"));
                }
            }

            await ExecuteAsync(connection, "ANALYZE", ct);
        }
    }

    /// <summary>
    /// Every copied township's record stamp changes, and the whole portal's (the county's township list grew), as a save
    /// through the app would do (ADR 0031/0033): an instance already running never serves figures of before the copy.
    /// A new township has no stamp row until its first save; the digest reads that as "no stamp", which is stable.
    /// </summary>
    private static async Task BumpStampsAsync(NpgsqlConnection connection, CancellationToken ct) =>
        await ExecuteAsync(connection, """
            UPDATE "web_record_stamps" SET "Stamp" = gen_random_uuid();
            INSERT INTO "web_record_stamps" ("TownshipId", "Stamp") VALUES ('00000000-0000-0000-0000-000000000000', gen_random_uuid())
            ON CONFLICT ("TownshipId") DO UPDATE SET "Stamp" = excluded."Stamp";
            """, ct);

    private sealed record TablePlan(string Sql);

    private TablePlan Plan(ITable table, HashSet<ITable> scoped)
    {
        var key = table.PrimaryKey!.Columns[0].Name;
        // Pointers to scoped rows: foreign keys to scoped tables, and Guid columns without a foreign key (polymorphic
        // subjects). Foreign keys to other tables (users, villages of the county, the calendar) stay as they are.
        var foreignKeys = table.ForeignKeyConstraints.Where(fk => fk.Columns.Count == 1).ToList();
        var unique = table.Indexes.Where(i => i.IsUnique && i.Columns.Any(c => c.Name == "TownshipId")).SelectMany(i => i.Columns).ToHashSet();
        var selects = new List<string>();
        var conditions = new List<string>();
        foreach (var column in table.Columns)
        {
            var c = "s." + Quote(column.Name);
            var type = Nullable.GetUnderlyingType(column.ProviderClrType) ?? column.ProviderClrType;
            var fk = foreignKeys.FirstOrDefault(f => f.Columns[0] == column);
            string expression;
            if (column.Name == "TownshipId")
            {
                expression = "b.target";
            }
            else if (column.Name == key && type == typeof(Guid))
            {
                expression = Mapped(c);
            }
            else if (type == typeof(Guid) && fk is not null && fk.PrincipalTable == _townships)
            {
                expression = c; // another township named by the record (e.g. a transfer): the original one
            }
            else if (type == typeof(Guid) && fk is not null && scoped.Contains(fk.PrincipalTable))
            {
                var principal = $"{Quote(fk.PrincipalTable.Name)} p WHERE p.{Quote(fk.PrincipalColumns[0].Name)} = {Mapped(c)}";
                if (column.IsNullable)
                {
                    expression = $"COALESCE((SELECT p.{Quote(fk.PrincipalColumns[0].Name)} FROM {principal}), {c})";
                }
                else
                {
                    expression = Mapped(c);
                    if (fk.PrincipalTable != table)
                    {
                        conditions.Add($"EXISTS (SELECT 1 FROM {principal})");
                    }
                }
            }
            else if (type == typeof(Guid) && fk is null
                && (column.Name.EndsWith("UserId", StringComparison.Ordinal) || column.Name == "CountyId"))
            {
                expression = c; // an account or the county, named without a foreign key: not the township's to copy
            }
            else if (type == typeof(Guid) && fk is null)
            {
                // A subject named without a foreign key: the copy's if that row was copied, else the original.
                expression = Mapped(c);
            }
            else if (type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset))
            {
                expression = column.StoreType == "date"
                    ? $"({c} - make_interval(years => b.back))::date"
                    : $"{c} - make_interval(years => b.back)";
            }
            else if (type == typeof(int) && column.Name.EndsWith("Year", StringComparison.Ordinal))
            {
                expression = $"{c} - b.back";
            }
            else if (unique.Contains(column) && (type == typeof(int) || type == typeof(long)))
            {
                expression = $"{c} + 1000 * b.nth";
            }
            else if (unique.Contains(column) && type == typeof(string) && column.Name != "Key")
            {
                var max = column.StoreType.StartsWith("character varying(", StringComparison.Ordinal)
                    ? int.Parse(column.StoreType["character varying(".Length..^1], CultureInfo.InvariantCulture)
                    : 10_000;
                expression = $"CASE WHEN b.nth = 0 THEN {c} ELSE left({c}, {max} - 1 - length(b.nth::text)) || '-' || b.nth END";
            }
            else
            {
                expression = c;
            }

            selects.Add(expression);
        }

        // Which source township a row belongs to: its own column, or up the required foreign keys to one that has it.
        var joins = new StringBuilder();
        var current = table;
        var alias = "s";
        var depth = 0;
        while (current.FindColumn("TownshipId") is null)
        {
            var up = current.ForeignKeyConstraints.First(fk => fk.PrincipalTable != current && scoped.Contains(fk.PrincipalTable)
                && fk.Columns.Count == 1 && !fk.Columns[0].IsNullable);
            var next = "u" + depth++;
            joins.Append(CultureInfo.InvariantCulture,
                $" JOIN {Quote(up.PrincipalTable.Name)} {next} ON {next}.{Quote(up.PrincipalColumns[0].Name)} = {alias}.{Quote(up.Columns[0].Name)}");
            alias = next;
            current = up.PrincipalTable;
        }

        joins.Append(CultureInfo.InvariantCulture, $" JOIN bench_copies b ON b.source = {alias}.\"TownshipId\"");
        var sql = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) " +
            $"SELECT {string.Join(", ", selects)} FROM {Quote(table.Name)} s{joins}" +
            (conditions.Count > 0 ? " WHERE " + string.Join(" AND ", conditions) : "") +
            " ON CONFLICT DO NOTHING";
        return new TablePlan(sql);
    }

    private static string Mapped(string column) => $"md5({column}::text || ':' || b.k)::uuid";

    private static string Quote(string name) => "\"" + name + "\"";

    private static ITable[] TopologicalOrder(HashSet<ITable> tables)
    {
        var order = new List<ITable>();
        var state = new Dictionary<ITable, int>();
        void Visit(ITable table)
        {
            if (state.GetValueOrDefault(table) != 0)
            {
                return; // done, or a cycle: the nullable pointer keeps the original (COALESCE) and the row still goes in
            }

            state[table] = 1;
            foreach (var fk in table.ForeignKeyConstraints.Where(f => f.PrincipalTable != table && tables.Contains(f.PrincipalTable)))
            {
                Visit(fk.PrincipalTable);
            }

            state[table] = 2;
            order.Add(table);
        }

        foreach (var table in tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Visit(table);
        }

        return [.. order];
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task<List<Guid>> DemoTownshipsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        // The demo townships: those not made by this generator (division code without the 8 of a copy at digit 7).
        await using var command = new NpgsqlCommand("SELECT \"Id\" FROM org_townships WHERE substr(\"DivisionCode\", 7, 1) <> '8' ORDER BY \"DivisionCode\"", connection);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids.Count > 0 ? ids : throw new InvalidOperationException("没有演示乡镇：先以演示数据启动 Fazhi。");
    }

    private static async Task<long> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteNonQueryAsync(ct);
    }
}

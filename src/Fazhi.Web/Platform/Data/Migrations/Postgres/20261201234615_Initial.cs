using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Fazhi.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "adv_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Half = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Remarks = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Assessor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adv_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "adv_contract_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Counterparty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reviewer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Opinion = table.Column<int>(type: "integer", nullable: true),
                    OpinionText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Adopted = table.Column<bool>(type: "boolean", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignedBeforeReview = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adv_contract_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "adv_contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdvisorName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    LawFirm = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CoversTownship = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adv_contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "adv_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PeopleServed = table.Column<int>(type: "integer", nullable: false),
                    RelatedRecord = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adv_services", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    CountyId = table.Column<Guid>(type: "uuid", nullable: true),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: true),
                    Position = table.Column<string>(type: "text", nullable: true),
                    IsDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    LeaderPost = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "att_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UploadedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_att_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "att_blob_chunks",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_att_blob_chunks", x => new { x.Sha256, x.Index });
                });

            migrationBuilder.CreateTable(
                name: "att_blobs",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Chunks = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_att_blobs", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "aud_chain_heads",
                columns: table => new
                {
                    ChainKey = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_aud_chain_heads", x => x.ChainKey);
                });

            migrationBuilder.CreateTable(
                name: "aud_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChainKey = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: true),
                    Changes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_aud_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cal_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    NoticeUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cal_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "consultation_consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectModule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Explanation = table.Column<string>(type: "text", nullable: false),
                    PeriodRuleCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    PeriodDescription = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    SummaryPublishedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consultation_consultations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cty_assessment_sheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DefinedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cty_assessment_sheets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dec_catalogs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovalReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dec_catalogs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dec_collective_matters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Proposer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Background = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dec_collective_matters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dec_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Proposer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CatalogItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    InitiatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Background = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DraftText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    DraftExplanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CommentOpensOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommentClosesOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommentShortenedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RiskAssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RiskAssessor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RiskLevel = table.Column<int>(type: "integer", nullable: true),
                    RiskMitigation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ContingencyPlan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LegalityReviewRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalityReviewReplyBy = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalityReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalityReviewer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LegalityReviewOpinion = table.Column<int>(type: "integer", nullable: true),
                    LegalityReviewOpinionText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RequiresPartyCommitteeReport = table.Column<bool>(type: "boolean", nullable: false),
                    PartyCommittee = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PartyReportedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PartyReportMatter = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PartyRepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PartyAgreed = table.Column<bool>(type: "boolean", nullable: true),
                    PartyReply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PublishedText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Interpretation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ArchiveClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ArchiveClosedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ArchiveSeal = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dec_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dec_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectKind = table.Column<int>(type: "integer", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Chair = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Attendees = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Absentees = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    OverruleReasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dec_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dis_annual_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Overview = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TablesJson = table.Column<string>(type: "text", nullable: false),
                    Docx = table.Column<byte[]>(type: "bytea", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dis_annual_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dis_catalogue_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    IndexNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FormedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    SourceModule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidityEnded = table.Column<int>(type: "integer", nullable: true),
                    ValidityEndedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dis_catalogue_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dis_guides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Fax = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    OnlineContact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dis_guides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dis_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ApplicantKind = table.Column<int>(type: "integer", nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdentityNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DeliveryForm = table.Column<int>(type: "integer", nullable: false),
                    DeliveryWay = table.Column<int>(type: "integer", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    CorrectionNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionItems = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CorrectionDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ThirdParty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConsultationSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsultationEndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ThirdPartyAnswer = table.Column<int>(type: "integer", nullable: true),
                    ThirdPartyOpinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PausedWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: false),
                    ExtensionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExtensionApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApplicantToldOfExtensionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplyDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplyType = table.Column<int>(type: "integer", nullable: true),
                    RefusalGround = table.Column<int>(type: "integer", nullable: true),
                    OtherOrgan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReplyText = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RepliedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClosingKind = table.Column<int>(type: "integer", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosingNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dis_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dl_deadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Owner = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartEvent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RollOverRestDay = table.Column<bool>(type: "boolean", nullable: false),
                    WarnDaysBefore = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MetOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CalendarUnconfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    SubjectModule = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SubjectUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CancelReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dl_deadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "documents_cleanups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_cleanups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "documents_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Touches = table.Column<int>(type: "integer", nullable: false),
                    PublicCommentChosen = table.Column<bool>(type: "boolean", nullable: false),
                    PublicCommentCompleted = table.Column<bool>(type: "boolean", nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    IsReopened = table.Column<bool>(type: "boolean", nullable: false),
                    ReopenReason = table.Column<string>(type: "text", nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NumberYear = table.Column<int>(type: "integer", nullable: true),
                    NumberSequence = table.Column<int>(type: "integer", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InChargeSigner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    InChargeSignerUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    InChargeSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PrincipalSigner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PrincipalSignerUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PrincipalSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignedVersion = table.Column<int>(type: "integer", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedVersion = table.Column<int>(type: "integer", nullable: true),
                    PublishedTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PublishedBody = table.Column<string>(type: "text", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FirstPublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedOnTime = table.Column<bool>(type: "boolean", nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IndexNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Publisher = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DisclosureMode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Validity = table.Column<int>(type: "integer", nullable: false),
                    InvalidSince = table.Column<DateOnly>(type: "date", nullable: true),
                    InvalidReason = table.Column<string>(type: "text", nullable: true),
                    CleanupAmendPending = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dsp_committees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: true),
                    VillageName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FormedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TermEndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Term = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_committees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dsp_hotline_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Prefix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_hotline_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dsp_hotline_tickets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    TicketNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    Arrival = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OfficeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AssigneeUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AssigneeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DispatchedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: false),
                    ExtensionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CentreApproval = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplyText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RepliedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Satisfaction = table.Column<int>(type: "integer", nullable: true),
                    FollowUpNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_hotline_tickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dsp_matters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Topic = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequesterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequesterPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RequesterIdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    RequesterAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Headcount = table.Column<int>(type: "integer", nullable: false),
                    RequesterKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SubjectKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: true),
                    VillageName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExternalReference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Procedure = table.Column<int>(type: "integer", nullable: false),
                    ProcedureRecordId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OfficeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AssigneeUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AssigneeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LinkedToId = table.Column<Guid>(type: "uuid", nullable: true),
                    LinkReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplyText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RepliedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AnsweredOnTheSpot = table.Column<bool>(type: "boolean", nullable: false),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Satisfaction = table.Column<int>(type: "integer", nullable: true),
                    FollowUpNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_matters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dsp_mediation_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Start = table.Column<int>(type: "integer", nullable: false),
                    ReferredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Topic = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AmountInvolved = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    LawyerInvolved = table.Column<bool>(type: "boolean", nullable: false),
                    AgreementForm = table.Column<int>(type: "integer", nullable: true),
                    AgreementReachedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementTerms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PerformanceManner = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PerformanceDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MediatorSigner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MediatorSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommitteeSealedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementEffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmationAppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmationCourt = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PerformanceCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Performance = table.Column<int>(type: "integer", nullable: true),
                    PerformanceNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RoutesAdvised = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_mediation_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dsp_petitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    FromOrgan = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FromReference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequesterReachable = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Route = table.Column<int>(type: "integer", nullable: true),
                    AcceptanceNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NoticeIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeOnTheSpot = table.Column<bool>(type: "boolean", nullable: false),
                    HandlingDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotAcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotAcceptedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AcceptedElsewhereBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ObjectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TransferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TransferredTo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: false),
                    ExtensionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExtensionNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpinionIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpinionResult = table.Column<int>(type: "integer", nullable: true),
                    OpinionRequest = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OpinionFacts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OpinionText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OpinionBasis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OpinionServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewOrgan = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewResult = table.Column<int>(type: "integer", nullable: true),
                    ReReviewRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReReviewOrgan = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReReviewDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReReviewResult = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_petitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dsp_screening_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: true),
                    Area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ConductedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Team = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_screening_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "edu_activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ThemeCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Venue = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: true),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    PeopleReached = table.Column<int>(type: "integer", nullable: false),
                    Leaflets = table.Column<int>(type: "integer", nullable: false),
                    LawBooks = table.Column<int>(type: "integer", nullable: false),
                    Banners = table.Column<int>(type: "integer", nullable: false),
                    Slogans = table.Column<int>(type: "integer", nullable: false),
                    GroupsCovered = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Organizer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "edu_demonstration_villages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    DesignatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_demonstration_villages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "edu_exams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PassMark = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    FullMarks = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    Expected = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_exams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "edu_legal_literates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Role = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_legal_literates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "edu_publicity_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_publicity_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "edu_schools",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: true),
                    ViceprincipalName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ViceprincipalOrgan = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AppointedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TermEndsOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_schools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "edu_staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsCentralGroupMember = table.Column<bool>(type: "boolean", nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeftReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_staff", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "edu_study_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_study_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "edu_study_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Speaker = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Materials = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_study_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "edu_trainings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Audience = table.Column<int>(type: "integer", nullable: false),
                    Trainer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_trainings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "edu_village_groups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_village_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enf_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Procedure = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PowerItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    PowerItemName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartyKind = table.Column<int>(type: "integer", nullable: false),
                    PartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartyIdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PartyCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    LegalRepresentative = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PartyPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    PartyAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DiscoveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    IsMajor = table.Column<bool>(type: "boolean", nullable: false),
                    IsComplex = table.Column<bool>(type: "boolean", nullable: false),
                    NoticedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IntendedPenaltyKinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IntendedFine = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    StatementDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingEligible = table.Column<bool>(type: "boolean", nullable: false),
                    StatementSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StatementWaived = table.Column<bool>(type: "boolean", nullable: false),
                    HearingRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingScheduledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingHeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingHost = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    HearingRecord = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    LegalReviewRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalReviewerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    LegalReviewerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    LegalReviewOpinion = table.Column<int>(type: "integer", nullable: true),
                    LegalReviewReasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LegalReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DiscussedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DiscussionAttendees = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DiscussionConclusion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PenaltyKinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FineAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    DecisionText = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ServiceMethod = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PaymentDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    LateFeePaid = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsRevoked = table.Column<bool>(type: "boolean", nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enf_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enf_complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiptYear = table.Column<int>(type: "integer", nullable: false),
                    ReceiptSequence = table.Column<int>(type: "integer", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ComplainantName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ComplainantPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RepliedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enf_complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enf_disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PartyDisplay = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartyCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PowerItemName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Violation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PenaltyKinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FineAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    MaskedText = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ActingBody = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enf_disclosures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enf_officers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AccountUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Position = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Employment = table.Column<int>(type: "integer", nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CertificateIssuer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CertificateValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    CertificateValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    HasLegalProfessionQualification = table.Column<bool>(type: "boolean", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeftReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enf_officers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enf_power_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PenaltyKinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FineMin = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    FineMax = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    ActingBody = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DelegatedFrom = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enf_power_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ldr_county_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Recipient = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ldr_county_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ldr_duty_statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Speaker = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Occasion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Evaluation = table.Column<int>(type: "integer", nullable: true),
                    EvaluatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ldr_duty_statements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ldr_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Chair = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Attendees = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Decided = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    HeardWorkReport = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ldr_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ldr_work_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AdoptedAt = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    SummarizedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ldr_work_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lgr_county_ledgers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    Heading = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Lead = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Part = table.Column<int>(type: "integer", nullable: false),
                    SchemaJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevisedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RevisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lgr_county_ledgers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lgr_required_indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IndicatorKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Label = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    MarkedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MarkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lgr_required_indicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "nt_digests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    NotificationCount = table.Column<int>(type: "integer", nullable: false),
                    DeadlineCount = table.Column<int>(type: "integer", nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nt_digests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "nt_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DeadlineId = table.Column<Guid>(type: "uuid", nullable: true),
                    SenderName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nt_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "nt_preferences",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    DailyDigest = table.Column<bool>(type: "boolean", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nt_preferences", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "org_counties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OfficeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_counties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rem_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Claimant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChallengedAct = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Organ = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AboutDisclosure = table.Column<bool>(type: "boolean", nullable: false),
                    Simplified = table.Column<bool>(type: "boolean", nullable: false),
                    CopyReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnswerSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    HearingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeaderAppeared = table.Column<bool>(type: "boolean", nullable: true),
                    AppearedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AbsenceReason = table.Column<int>(type: "integer", nullable: true),
                    AbsenceNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OpinionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OpinionReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpinionSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CorrectionReportedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionReport = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rem_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rpt_annual_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ApprovedVersion = table.Column<int>(type: "integer", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IndexNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SubmittedToCountyOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rpt_annual_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sec_data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sec_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "web_record_stamps",
                columns: table => new
                {
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_web_record_stamps", x => x.TownshipId);
                });

            migrationBuilder.CreateTable(
                name: "adv_contract_villages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adv_contract_villages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_adv_contract_villages_adv_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "adv_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cal_days",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    IsOffDay = table.Column<bool>(type: "boolean", nullable: false),
                    HolidayName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cal_days", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cal_days_cal_years_Year",
                        column: x => x.Year,
                        principalTable: "cal_years",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consultation_comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiptYear = table.Column<int>(type: "integer", nullable: false),
                    ReceiptSequence = table.Column<int>(type: "integer", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Article = table.Column<int>(type: "integer", nullable: true),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CommenterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consultation_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_consultation_comments_consultation_consultations_Consultati~",
                        column: x => x.ConsultationId,
                        principalTable: "consultation_consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consultation_summary_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Article = table.Column<int>(type: "integer", nullable: true),
                    Content = table.Column<string>(type: "text", nullable: false),
                    Adopted = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Submitter = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consultation_summary_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_consultation_summary_lines_consultation_consultations_Consu~",
                        column: x => x.ConsultationId,
                        principalTable: "consultation_consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cty_assessment_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    IndicatorKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Item = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Rule = table.Column<int>(type: "integer", nullable: false),
                    Target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Deduction = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cty_assessment_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cty_assessment_lines_cty_assessment_sheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "cty_assessment_sheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dec_catalog_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CatalogId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PlannedSteps = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PlannedDecisionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingPlanned = table.Column<bool>(type: "boolean", nullable: false),
                    AddedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AddedAfterApproval = table.Column<bool>(type: "boolean", nullable: false),
                    AdditionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dec_catalog_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dec_catalog_items_dec_catalogs_CatalogId",
                        column: x => x.CatalogId,
                        principalTable: "dec_catalogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dec_evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Evaluator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Conclusion = table.Column<int>(type: "integer", nullable: true),
                    Report = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dec_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dec_evaluations_dec_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "dec_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dec_expert_opinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Expert = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Affiliation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Form = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Opinion = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Adopted = table.Column<bool>(type: "boolean", nullable: false),
                    AdoptionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dec_expert_opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dec_expert_opinions_dec_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "dec_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dec_hearings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NoticedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ParticipantSelection = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Participants = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Record = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordSigned = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dec_hearings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dec_hearings_dec_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "dec_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dec_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Executor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dec_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dec_milestones_dec_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "dec_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dec_options",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Recommended = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dec_options", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dec_options_dec_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "dec_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dec_risk_points",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Likelihood = table.Column<int>(type: "integer", nullable: false),
                    Impact = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Mitigation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dec_risk_points", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dec_risk_points_dec_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "dec_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dec_member_views",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Member = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IsHead = table.Column<bool>(type: "boolean", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    View = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dec_member_views", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dec_member_views_dec_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "dec_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dl_extension_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeadlineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RequesterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dl_extension_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dl_extension_requests_dl_deadlines_DeadlineId",
                        column: x => x.DeadlineId,
                        principalTable: "dl_deadlines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dl_extensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeadlineId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedDays = table.Column<int>(type: "integer", nullable: false),
                    PreviousDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    NewDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ApproverUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ApproverName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dl_extensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dl_extensions_dl_deadlines_DeadlineId",
                        column: x => x.DeadlineId,
                        principalTable: "dl_deadlines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents_cleanup_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    CleanupId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_cleanup_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_cleanup_items_documents_cleanups_CleanupId",
                        column: x => x.CleanupId,
                        principalTable: "documents_cleanups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents_deliberations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Attendees = table.Column<string>(type: "text", nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    DissentingViews = table.Column<string>(type: "text", nullable: true),
                    Minutes = table.Column<string>(type: "text", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_deliberations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_deliberations_documents_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents_evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Evaluator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Findings = table.Column<string>(type: "text", nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_evaluations_documents_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "documents_filings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedOnTime = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Reasons = table.Column<string>(type: "text", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_filings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_filings_documents_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "documents_history",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Detail = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_history_documents_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents_legality_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    ReviewerKind = table.Column<int>(type: "integer", nullable: false),
                    ReviewerUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AssignedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Opinion = table.Column<int>(type: "integer", nullable: true),
                    Reasons = table.Column<string>(type: "text", nullable: true),
                    CompletedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_legality_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_legality_reviews_documents_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Explanation = table.Column<string>(type: "text", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_versions_documents_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dsp_mediators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Gender = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    IsLawyer = table.Column<bool>(type: "boolean", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    FromOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ToOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeaveReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_mediators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dsp_mediators_dsp_committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "dsp_committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dsp_matter_replies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsFinal = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_matter_replies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dsp_matter_replies_dsp_matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "dsp_matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dsp_case_mediators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    MediatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsLawyer = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_case_mediators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dsp_case_mediators_dsp_mediation_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "dsp_mediation_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dsp_mediation_parties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Side = table.Column<int>(type: "integer", nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_mediation_parties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dsp_mediation_parties_dsp_mediation_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "dsp_mediation_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dsp_mediation_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Participants = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Record = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_mediation_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dsp_mediation_sessions_dsp_mediation_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "dsp_mediation_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dsp_screening_findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Topic = table.Column<int>(type: "integer", nullable: false),
                    Parties = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Resolution = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EscalatedTo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MediationCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    LeaderUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeaderName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeaderAssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeaderDueOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dsp_screening_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dsp_screening_findings_dsp_screening_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "dsp_screening_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "edu_exam_results",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExamId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Attendance = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    AbsenceReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_exam_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_edu_exam_results_edu_exams_ExamId",
                        column: x => x.ExamId,
                        principalTable: "edu_exams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "edu_responsibility_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Office = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Duty = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Laws = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Timing = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_responsibility_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_edu_responsibility_items_edu_publicity_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "edu_publicity_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "edu_study_plan_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_study_plan_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_edu_study_plan_items_edu_study_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "edu_study_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "edu_study_attendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Present = table.Column<bool>(type: "boolean", nullable: false),
                    AbsenceReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edu_study_attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_edu_study_attendance_edu_study_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "edu_study_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enf_case_checklists",
                columns: table => new
                {
                    EnforcementCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectQualified = table.Column<bool>(type: "boolean", nullable: false),
                    ProcedureLawful = table.Column<bool>(type: "boolean", nullable: false),
                    FactsClear = table.Column<bool>(type: "boolean", nullable: false),
                    EvidenceSufficient = table.Column<bool>(type: "boolean", nullable: false),
                    LawCorrectlyApplied = table.Column<bool>(type: "boolean", nullable: false),
                    Archived = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enf_case_checklists", x => x.EnforcementCaseId);
                    table.ForeignKey(
                        name: "FK_enf_case_checklists_enf_cases_EnforcementCaseId",
                        column: x => x.EnforcementCaseId,
                        principalTable: "enf_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enf_case_officers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enf_case_officers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enf_case_officers_enf_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "enf_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enf_decision_extensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedDays = table.Column<int>(type: "integer", nullable: false),
                    PreviousDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NewDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApproverUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ApproverName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enf_decision_extensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enf_decision_extensions_enf_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "enf_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enf_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CollectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CollectedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProcessStep = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    AttachmentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enf_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enf_evidence_enf_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "enf_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enf_certificate_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enf_certificate_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enf_certificate_reviews_enf_officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "enf_officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enf_past_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    ReplacedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enf_past_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enf_past_certificates_enf_officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "enf_officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enf_trainings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    ExamScore = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    ExamPassed = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enf_trainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enf_trainings_enf_officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "enf_officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ldr_plan_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Result = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ldr_plan_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ldr_plan_tasks_ldr_work_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ldr_work_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lgr_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    CountyLedgerId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lgr_definitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lgr_definitions_lgr_county_ledgers_CountyLedgerId",
                        column: x => x.CountyLedgerId,
                        principalTable: "lgr_county_ledgers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_townships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountyId = table.Column<Guid>(type: "uuid", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    GovernmentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Introduction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PrincipalLeaderName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_townships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_townships_org_counties_CountyId",
                        column: x => x.CountyId,
                        principalTable: "org_counties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rpt_report_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rpt_report_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rpt_report_files_rpt_annual_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "rpt_annual_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rpt_report_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Preamble = table.Column<string>(type: "text", nullable: false),
                    Achievements = table.Column<string>(type: "text", nullable: false),
                    Shortcomings = table.Column<string>(type: "text", nullable: false),
                    LeaderDuties = table.Column<string>(type: "text", nullable: false),
                    NextYearPlan = table.Column<string>(type: "text", nullable: false),
                    OtherMatters = table.Column<string>(type: "text", nullable: false),
                    Issuer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Author = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rpt_report_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rpt_report_versions_rpt_annual_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "rpt_annual_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents_correction_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    FilingId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SuspendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_correction_orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_correction_orders_documents_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_documents_correction_orders_documents_filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "documents_filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lgr_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Village = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lgr_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lgr_entries_lgr_definitions_DefinitionId",
                        column: x => x.DefinitionId,
                        principalTable: "lgr_definitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lgr_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Heading = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Lead = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Part = table.Column<int>(type: "integer", nullable: false),
                    SchemaJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lgr_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lgr_versions_lgr_definitions_DefinitionId",
                        column: x => x.DefinitionId,
                        principalTable: "lgr_definitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_offices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Duties = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_offices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_offices_org_townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "org_townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_villages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IsCommunity = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_villages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_villages_org_townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "org_townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lgr_values",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FieldKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Number = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lgr_values", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lgr_values_lgr_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "lgr_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_adv_assessments_ContractId_Year_Half",
                table: "adv_assessments",
                columns: new[] { "ContractId", "Year", "Half" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_adv_assessments_TownshipId",
                table: "adv_assessments",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_adv_contract_reviews_TownshipId_SubmittedOn",
                table: "adv_contract_reviews",
                columns: new[] { "TownshipId", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_adv_contract_villages_ContractId_VillageId",
                table: "adv_contract_villages",
                columns: new[] { "ContractId", "VillageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_adv_contracts_TownshipId_StartsOn",
                table: "adv_contracts",
                columns: new[] { "TownshipId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_adv_services_ContractId",
                table: "adv_services",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_adv_services_TownshipId_On",
                table: "adv_services",
                columns: new[] { "TownshipId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_att_attachments_OwnerType_OwnerId",
                table: "att_attachments",
                columns: new[] { "OwnerType", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_att_attachments_TownshipId",
                table: "att_attachments",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_aud_entries_ChainKey_Sequence",
                table: "aud_entries",
                columns: new[] { "ChainKey", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_aud_entries_OccurredAt",
                table: "aud_entries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_aud_entries_RecordType_RecordId",
                table: "aud_entries",
                columns: new[] { "RecordType", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_aud_entries_TownshipId_OccurredAt",
                table: "aud_entries",
                columns: new[] { "TownshipId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cal_days_Date",
                table: "cal_days",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cal_days_Year",
                table: "cal_days",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_consultation_comments_ConsultationId",
                table: "consultation_comments",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_consultation_comments_TownshipId_ReceiptNumber",
                table: "consultation_comments",
                columns: new[] { "TownshipId", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consultation_consultations_SubjectId",
                table: "consultation_consultations",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_consultation_consultations_TownshipId_ClosesOn",
                table: "consultation_consultations",
                columns: new[] { "TownshipId", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_consultation_summary_lines_ConsultationId",
                table: "consultation_summary_lines",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_cty_assessment_lines_SheetId_Order",
                table: "cty_assessment_lines",
                columns: new[] { "SheetId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_cty_assessment_sheets_CountyId_Year",
                table: "cty_assessment_sheets",
                columns: new[] { "CountyId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dec_catalog_items_CatalogId",
                table: "dec_catalog_items",
                column: "CatalogId");

            migrationBuilder.CreateIndex(
                name: "IX_dec_catalogs_TownshipId_Year",
                table: "dec_catalogs",
                columns: new[] { "TownshipId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dec_collective_matters_TownshipId_Year",
                table: "dec_collective_matters",
                columns: new[] { "TownshipId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_dec_decisions_TownshipId_Year_Sequence",
                table: "dec_decisions",
                columns: new[] { "TownshipId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dec_evaluations_DecisionId",
                table: "dec_evaluations",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_dec_expert_opinions_DecisionId",
                table: "dec_expert_opinions",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_dec_hearings_DecisionId",
                table: "dec_hearings",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_dec_meetings_SubjectId",
                table: "dec_meetings",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_dec_member_views_MeetingId",
                table: "dec_member_views",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_dec_milestones_DecisionId",
                table: "dec_milestones",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_dec_options_DecisionId",
                table: "dec_options",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_dec_risk_points_DecisionId",
                table: "dec_risk_points",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_dec_risk_points_Score",
                table: "dec_risk_points",
                column: "Score");

            migrationBuilder.CreateIndex(
                name: "IX_dis_annual_reports_TownshipId_Year",
                table: "dis_annual_reports",
                columns: new[] { "TownshipId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dis_catalogue_entries_SourceModule_SourceId",
                table: "dis_catalogue_entries",
                columns: new[] { "SourceModule", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_dis_catalogue_entries_TownshipId_PublishedOn",
                table: "dis_catalogue_entries",
                columns: new[] { "TownshipId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_dis_catalogue_entries_TownshipId_Year_Sequence",
                table: "dis_catalogue_entries",
                columns: new[] { "TownshipId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dis_guides_TownshipId",
                table: "dis_guides",
                column: "TownshipId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dis_requests_TownshipId_Number",
                table: "dis_requests",
                columns: new[] { "TownshipId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dis_requests_TownshipId_SubmittedOn",
                table: "dis_requests",
                columns: new[] { "TownshipId", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_dis_requests_TownshipId_Year_Sequence",
                table: "dis_requests",
                columns: new[] { "TownshipId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dl_deadlines_DueDate",
                table: "dl_deadlines",
                column: "DueDate");

            migrationBuilder.CreateIndex(
                name: "IX_dl_deadlines_SubjectId",
                table: "dl_deadlines",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_dl_deadlines_TownshipId_State_DueDate",
                table: "dl_deadlines",
                columns: new[] { "TownshipId", "State", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_dl_extension_requests_DeadlineId",
                table: "dl_extension_requests",
                column: "DeadlineId");

            migrationBuilder.CreateIndex(
                name: "IX_dl_extension_requests_TownshipId_State",
                table: "dl_extension_requests",
                columns: new[] { "TownshipId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_dl_extensions_DeadlineId",
                table: "dl_extensions",
                column: "DeadlineId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_cleanup_items_CleanupId",
                table: "documents_cleanup_items",
                column: "CleanupId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_cleanups_TownshipId_StartedOn",
                table: "documents_cleanups",
                columns: new[] { "TownshipId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_correction_orders_DocumentId",
                table: "documents_correction_orders",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_correction_orders_FilingId",
                table: "documents_correction_orders",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_deliberations_DocumentId",
                table: "documents_deliberations",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_documents_TownshipId_DocumentNumber",
                table: "documents_documents",
                columns: new[] { "TownshipId", "DocumentNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_documents_TownshipId_NumberYear_NumberSequence",
                table: "documents_documents",
                columns: new[] { "TownshipId", "NumberYear", "NumberSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_documents_TownshipId_Status",
                table: "documents_documents",
                columns: new[] { "TownshipId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_evaluations_DocumentId",
                table: "documents_evaluations",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_filings_DocumentId",
                table: "documents_filings",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_filings_TownshipId_Outcome",
                table: "documents_filings",
                columns: new[] { "TownshipId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_history_DocumentId",
                table: "documents_history",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_legality_reviews_DocumentId",
                table: "documents_legality_reviews",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_versions_DocumentId_Number",
                table: "documents_versions",
                columns: new[] { "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dsp_case_mediators_CaseId",
                table: "dsp_case_mediators",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_dsp_hotline_keys_CountyId",
                table: "dsp_hotline_keys",
                column: "CountyId");

            migrationBuilder.CreateIndex(
                name: "IX_dsp_hotline_tickets_MatterId",
                table: "dsp_hotline_tickets",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_dsp_hotline_tickets_TownshipId_TicketNumber",
                table: "dsp_hotline_tickets",
                columns: new[] { "TownshipId", "TicketNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dsp_matter_replies_MatterId",
                table: "dsp_matter_replies",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_dsp_matters_TownshipId_ReceiptNumber",
                table: "dsp_matters",
                columns: new[] { "TownshipId", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dsp_matters_TownshipId_ReceivedOn",
                table: "dsp_matters",
                columns: new[] { "TownshipId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_dsp_matters_TownshipId_RequesterKey",
                table: "dsp_matters",
                columns: new[] { "TownshipId", "RequesterKey" });

            migrationBuilder.CreateIndex(
                name: "IX_dsp_matters_TownshipId_Year_Sequence",
                table: "dsp_matters",
                columns: new[] { "TownshipId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dsp_mediation_cases_MatterId",
                table: "dsp_mediation_cases",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_dsp_mediation_cases_TownshipId_Year_Sequence",
                table: "dsp_mediation_cases",
                columns: new[] { "TownshipId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dsp_mediation_parties_CaseId",
                table: "dsp_mediation_parties",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_dsp_mediation_sessions_CaseId",
                table: "dsp_mediation_sessions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_dsp_mediators_CommitteeId",
                table: "dsp_mediators",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_dsp_petitions_MatterId",
                table: "dsp_petitions",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_dsp_petitions_TownshipId_Year_Sequence",
                table: "dsp_petitions",
                columns: new[] { "TownshipId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dsp_screening_findings_RoundId",
                table: "dsp_screening_findings",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_dsp_screening_findings_TownshipId_FoundOn",
                table: "dsp_screening_findings",
                columns: new[] { "TownshipId", "FoundOn" });

            migrationBuilder.CreateIndex(
                name: "IX_dsp_screening_rounds_TownshipId_ConductedOn",
                table: "dsp_screening_rounds",
                columns: new[] { "TownshipId", "ConductedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_edu_activities_TownshipId_HeldOn",
                table: "edu_activities",
                columns: new[] { "TownshipId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_edu_demonstration_villages_TownshipId_VillageId_Level",
                table: "edu_demonstration_villages",
                columns: new[] { "TownshipId", "VillageId", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_edu_exam_results_ExamId_StaffMemberId",
                table: "edu_exam_results",
                columns: new[] { "ExamId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_edu_exams_TownshipId_HeldOn",
                table: "edu_exams",
                columns: new[] { "TownshipId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_edu_legal_literates_TownshipId_VillageId",
                table: "edu_legal_literates",
                columns: new[] { "TownshipId", "VillageId" });

            migrationBuilder.CreateIndex(
                name: "IX_edu_publicity_plans_TownshipId_Year",
                table: "edu_publicity_plans",
                columns: new[] { "TownshipId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_edu_responsibility_items_PlanId",
                table: "edu_responsibility_items",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_edu_schools_TownshipId_Name",
                table: "edu_schools",
                columns: new[] { "TownshipId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_edu_staff_TownshipId_Name",
                table: "edu_staff",
                columns: new[] { "TownshipId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_edu_study_attendance_SessionId",
                table: "edu_study_attendance",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_edu_study_attendance_StaffMemberId",
                table: "edu_study_attendance",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_edu_study_plan_items_PlanId",
                table: "edu_study_plan_items",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_edu_study_plans_TownshipId_Year",
                table: "edu_study_plans",
                columns: new[] { "TownshipId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_edu_study_sessions_TownshipId_HeldOn",
                table: "edu_study_sessions",
                columns: new[] { "TownshipId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_edu_trainings_TownshipId_HeldOn",
                table: "edu_trainings",
                columns: new[] { "TownshipId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_edu_village_groups_TownshipId_ValidTo",
                table: "edu_village_groups",
                columns: new[] { "TownshipId", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_edu_village_groups_TownshipId_VillageId_Name",
                table: "edu_village_groups",
                columns: new[] { "TownshipId", "VillageId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enf_case_officers_CaseId",
                table: "enf_case_officers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_enf_cases_TownshipId_Year_Sequence",
                table: "enf_cases",
                columns: new[] { "TownshipId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enf_certificate_reviews_OfficerId",
                table: "enf_certificate_reviews",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_enf_complaints_TownshipId_ReceiptNumber",
                table: "enf_complaints",
                columns: new[] { "TownshipId", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enf_complaints_TownshipId_ReceivedOn",
                table: "enf_complaints",
                columns: new[] { "TownshipId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enf_decision_extensions_CaseId",
                table: "enf_decision_extensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_enf_disclosures_CaseId",
                table: "enf_disclosures",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enf_disclosures_TownshipId_PublishedOn",
                table: "enf_disclosures",
                columns: new[] { "TownshipId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enf_evidence_CaseId",
                table: "enf_evidence",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_enf_officers_TownshipId_CertificateNumber",
                table: "enf_officers",
                columns: new[] { "TownshipId", "CertificateNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_enf_past_certificates_OfficerId",
                table: "enf_past_certificates",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_enf_power_items_TownshipId_Code",
                table: "enf_power_items",
                columns: new[] { "TownshipId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enf_trainings_OfficerId",
                table: "enf_trainings",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ldr_county_reports_TownshipId_ReportedOn",
                table: "ldr_county_reports",
                columns: new[] { "TownshipId", "ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ldr_duty_statements_TownshipId_Year",
                table: "ldr_duty_statements",
                columns: new[] { "TownshipId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ldr_meetings_TownshipId_HeldOn",
                table: "ldr_meetings",
                columns: new[] { "TownshipId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ldr_plan_tasks_PlanId",
                table: "ldr_plan_tasks",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ldr_work_plans_TownshipId_Year",
                table: "ldr_work_plans",
                columns: new[] { "TownshipId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lgr_county_ledgers_CountyId_Key",
                table: "lgr_county_ledgers",
                columns: new[] { "CountyId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lgr_definitions_CountyLedgerId",
                table: "lgr_definitions",
                column: "CountyLedgerId");

            migrationBuilder.CreateIndex(
                name: "IX_lgr_definitions_TownshipId_Key",
                table: "lgr_definitions",
                columns: new[] { "TownshipId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lgr_entries_DefinitionId",
                table: "lgr_entries",
                column: "DefinitionId");

            migrationBuilder.CreateIndex(
                name: "IX_lgr_entries_TownshipId_DefinitionId_OccurredOn",
                table: "lgr_entries",
                columns: new[] { "TownshipId", "DefinitionId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_lgr_required_indicators_CountyId_Year_IndicatorKey",
                table: "lgr_required_indicators",
                columns: new[] { "CountyId", "Year", "IndicatorKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lgr_values_EntryId",
                table: "lgr_values",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_lgr_values_TownshipId_DefinitionId_OccurredOn_FieldKey",
                table: "lgr_values",
                columns: new[] { "TownshipId", "DefinitionId", "OccurredOn", "FieldKey" });

            migrationBuilder.CreateIndex(
                name: "IX_lgr_versions_DefinitionId_Number",
                table: "lgr_versions",
                columns: new[] { "DefinitionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nt_digests_UserId_Day",
                table: "nt_digests",
                columns: new[] { "UserId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nt_notifications_DeadlineId",
                table: "nt_notifications",
                column: "DeadlineId");

            migrationBuilder.CreateIndex(
                name: "IX_nt_notifications_RecipientUserId_ReadAt_CreatedAt",
                table: "nt_notifications",
                columns: new[] { "RecipientUserId", "ReadAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_nt_notifications_RecipientUserId_SourceKey",
                table: "nt_notifications",
                columns: new[] { "RecipientUserId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nt_preferences_DailyDigest",
                table: "nt_preferences",
                column: "DailyDigest");

            migrationBuilder.CreateIndex(
                name: "IX_org_counties_DivisionCode",
                table: "org_counties",
                column: "DivisionCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_offices_TownshipId",
                table: "org_offices",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_org_townships_CountyId",
                table: "org_townships",
                column: "CountyId");

            migrationBuilder.CreateIndex(
                name: "IX_org_townships_DivisionCode",
                table: "org_townships",
                column: "DivisionCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_villages_TownshipId",
                table: "org_villages",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_rem_cases_TownshipId_CopyReceivedOn",
                table: "rem_cases",
                columns: new[] { "TownshipId", "CopyReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rem_cases_TownshipId_DecidedOn",
                table: "rem_cases",
                columns: new[] { "TownshipId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rpt_annual_reports_TownshipId_Year",
                table: "rpt_annual_reports",
                columns: new[] { "TownshipId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rpt_report_files_ReportId_Kind",
                table: "rpt_report_files",
                columns: new[] { "ReportId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_rpt_report_versions_ReportId_Number",
                table: "rpt_report_versions",
                columns: new[] { "ReportId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adv_assessments");

            migrationBuilder.DropTable(
                name: "adv_contract_reviews");

            migrationBuilder.DropTable(
                name: "adv_contract_villages");

            migrationBuilder.DropTable(
                name: "adv_services");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "att_attachments");

            migrationBuilder.DropTable(
                name: "att_blob_chunks");

            migrationBuilder.DropTable(
                name: "att_blobs");

            migrationBuilder.DropTable(
                name: "aud_chain_heads");

            migrationBuilder.DropTable(
                name: "aud_entries");

            migrationBuilder.DropTable(
                name: "cal_days");

            migrationBuilder.DropTable(
                name: "consultation_comments");

            migrationBuilder.DropTable(
                name: "consultation_summary_lines");

            migrationBuilder.DropTable(
                name: "cty_assessment_lines");

            migrationBuilder.DropTable(
                name: "dec_catalog_items");

            migrationBuilder.DropTable(
                name: "dec_collective_matters");

            migrationBuilder.DropTable(
                name: "dec_evaluations");

            migrationBuilder.DropTable(
                name: "dec_expert_opinions");

            migrationBuilder.DropTable(
                name: "dec_hearings");

            migrationBuilder.DropTable(
                name: "dec_member_views");

            migrationBuilder.DropTable(
                name: "dec_milestones");

            migrationBuilder.DropTable(
                name: "dec_options");

            migrationBuilder.DropTable(
                name: "dec_risk_points");

            migrationBuilder.DropTable(
                name: "dis_annual_reports");

            migrationBuilder.DropTable(
                name: "dis_catalogue_entries");

            migrationBuilder.DropTable(
                name: "dis_guides");

            migrationBuilder.DropTable(
                name: "dis_requests");

            migrationBuilder.DropTable(
                name: "dl_extension_requests");

            migrationBuilder.DropTable(
                name: "dl_extensions");

            migrationBuilder.DropTable(
                name: "documents_cleanup_items");

            migrationBuilder.DropTable(
                name: "documents_correction_orders");

            migrationBuilder.DropTable(
                name: "documents_deliberations");

            migrationBuilder.DropTable(
                name: "documents_evaluations");

            migrationBuilder.DropTable(
                name: "documents_history");

            migrationBuilder.DropTable(
                name: "documents_legality_reviews");

            migrationBuilder.DropTable(
                name: "documents_versions");

            migrationBuilder.DropTable(
                name: "dsp_case_mediators");

            migrationBuilder.DropTable(
                name: "dsp_hotline_keys");

            migrationBuilder.DropTable(
                name: "dsp_hotline_tickets");

            migrationBuilder.DropTable(
                name: "dsp_matter_replies");

            migrationBuilder.DropTable(
                name: "dsp_mediation_parties");

            migrationBuilder.DropTable(
                name: "dsp_mediation_sessions");

            migrationBuilder.DropTable(
                name: "dsp_mediators");

            migrationBuilder.DropTable(
                name: "dsp_petitions");

            migrationBuilder.DropTable(
                name: "dsp_screening_findings");

            migrationBuilder.DropTable(
                name: "edu_activities");

            migrationBuilder.DropTable(
                name: "edu_demonstration_villages");

            migrationBuilder.DropTable(
                name: "edu_exam_results");

            migrationBuilder.DropTable(
                name: "edu_legal_literates");

            migrationBuilder.DropTable(
                name: "edu_responsibility_items");

            migrationBuilder.DropTable(
                name: "edu_schools");

            migrationBuilder.DropTable(
                name: "edu_staff");

            migrationBuilder.DropTable(
                name: "edu_study_attendance");

            migrationBuilder.DropTable(
                name: "edu_study_plan_items");

            migrationBuilder.DropTable(
                name: "edu_trainings");

            migrationBuilder.DropTable(
                name: "edu_village_groups");

            migrationBuilder.DropTable(
                name: "enf_case_checklists");

            migrationBuilder.DropTable(
                name: "enf_case_officers");

            migrationBuilder.DropTable(
                name: "enf_certificate_reviews");

            migrationBuilder.DropTable(
                name: "enf_complaints");

            migrationBuilder.DropTable(
                name: "enf_decision_extensions");

            migrationBuilder.DropTable(
                name: "enf_disclosures");

            migrationBuilder.DropTable(
                name: "enf_evidence");

            migrationBuilder.DropTable(
                name: "enf_past_certificates");

            migrationBuilder.DropTable(
                name: "enf_power_items");

            migrationBuilder.DropTable(
                name: "enf_trainings");

            migrationBuilder.DropTable(
                name: "ldr_county_reports");

            migrationBuilder.DropTable(
                name: "ldr_duty_statements");

            migrationBuilder.DropTable(
                name: "ldr_meetings");

            migrationBuilder.DropTable(
                name: "ldr_plan_tasks");

            migrationBuilder.DropTable(
                name: "lgr_required_indicators");

            migrationBuilder.DropTable(
                name: "lgr_values");

            migrationBuilder.DropTable(
                name: "lgr_versions");

            migrationBuilder.DropTable(
                name: "nt_digests");

            migrationBuilder.DropTable(
                name: "nt_notifications");

            migrationBuilder.DropTable(
                name: "nt_preferences");

            migrationBuilder.DropTable(
                name: "org_offices");

            migrationBuilder.DropTable(
                name: "org_villages");

            migrationBuilder.DropTable(
                name: "rem_cases");

            migrationBuilder.DropTable(
                name: "rpt_report_files");

            migrationBuilder.DropTable(
                name: "rpt_report_versions");

            migrationBuilder.DropTable(
                name: "sec_data_protection_keys");

            migrationBuilder.DropTable(
                name: "web_record_stamps");

            migrationBuilder.DropTable(
                name: "adv_contracts");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "cal_years");

            migrationBuilder.DropTable(
                name: "consultation_consultations");

            migrationBuilder.DropTable(
                name: "cty_assessment_sheets");

            migrationBuilder.DropTable(
                name: "dec_catalogs");

            migrationBuilder.DropTable(
                name: "dec_meetings");

            migrationBuilder.DropTable(
                name: "dec_decisions");

            migrationBuilder.DropTable(
                name: "dl_deadlines");

            migrationBuilder.DropTable(
                name: "documents_cleanups");

            migrationBuilder.DropTable(
                name: "documents_filings");

            migrationBuilder.DropTable(
                name: "dsp_matters");

            migrationBuilder.DropTable(
                name: "dsp_mediation_cases");

            migrationBuilder.DropTable(
                name: "dsp_committees");

            migrationBuilder.DropTable(
                name: "dsp_screening_rounds");

            migrationBuilder.DropTable(
                name: "edu_exams");

            migrationBuilder.DropTable(
                name: "edu_publicity_plans");

            migrationBuilder.DropTable(
                name: "edu_study_sessions");

            migrationBuilder.DropTable(
                name: "edu_study_plans");

            migrationBuilder.DropTable(
                name: "enf_cases");

            migrationBuilder.DropTable(
                name: "enf_officers");

            migrationBuilder.DropTable(
                name: "ldr_work_plans");

            migrationBuilder.DropTable(
                name: "lgr_entries");

            migrationBuilder.DropTable(
                name: "org_townships");

            migrationBuilder.DropTable(
                name: "rpt_annual_reports");

            migrationBuilder.DropTable(
                name: "documents_documents");

            migrationBuilder.DropTable(
                name: "lgr_definitions");

            migrationBuilder.DropTable(
                name: "org_counties");

            migrationBuilder.DropTable(
                name: "lgr_county_ledgers");
        }
    }
}

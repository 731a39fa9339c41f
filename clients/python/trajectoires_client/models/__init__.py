"""Contains all the data models used in inputs/outputs"""

from .appellation_esco_matches import AppellationEscoMatches
from .appellation_page import AppellationPage
from .appellation_read import AppellationRead
from .appellation_ref import AppellationRef
from .audit_entry_read import AuditEntryRead
from .audit_page import AuditPage
from .batch_extraction_request import BatchExtractionRequest
from .batch_extraction_result import BatchExtractionResult
from .batch_item import BatchItem
from .batch_item_error import BatchItemError
from .bloc import Bloc
from .body_create_file_extraction_v1_extractions_file_post import BodyCreateFileExtractionV1ExtractionsFilePost
from .body_upload_trainings_v1_trainings_file_post import BodyUploadTrainingsV1TrainingsFilePost
from .certification_page import CertificationPage
from .certification_read import CertificationRead
from .certification_read_kind import CertificationReadKind
from .certification_rome import CertificationRome
from .certification_summary import CertificationSummary
from .certification_summary_kind import CertificationSummaryKind
from .certifier import Certifier
from .code_label import CodeLabel
from .constraint import Constraint
from .constraint_evidence import ConstraintEvidence
from .constraint_kind import ConstraintKind
from .constraint_mode import ConstraintMode
from .contract_type import ContractType
from .create_referential_import_name import CreateReferentialImportName
from .document_kind import DocumentKind
from .error_body import ErrorBody
from .error_detail import ErrorDetail
from .esco_occupation_match import EscoOccupationMatch
from .esco_occupation_page import EscoOccupationPage
from .esco_occupation_read import EscoOccupationRead
from .esco_occupation_summary import EscoOccupationSummary
from .evidence import Evidence
from .evoked_appellation import EvokedAppellation
from .evoked_metier import EvokedMetier
from .extracted_skill import ExtractedSkill
from .extraction_request import ExtractionRequest
from .extraction_result import ExtractionResult
from .facet import Facet
from .feedback_batch_create import FeedbackBatchCreate
from .feedback_create import FeedbackCreate
from .feedback_create_profile_type_0 import FeedbackCreateProfileType0
from .feedback_kind_stats import FeedbackKindStats
from .feedback_page import FeedbackPage
from .feedback_read import FeedbackRead
from .feedback_read_profile_type_0 import FeedbackReadProfileType0
from .feedback_stats import FeedbackStats
from .fiche_skill import FicheSkill
from .file_extraction_result import FileExtractionResult
from .formacode_page import FormacodePage
from .formacode_read import FormacodeRead
from .formacode_rome_v3_link import FormacodeRomeV3Link
from .formacode_summary import FormacodeSummary
from .formacode_term import FormacodeTerm
from .health import Health
from .import_response import ImportResponse
from .import_result import ImportResult
from .import_result_counts import ImportResultCounts
from .import_result_status import ImportResultStatus
from .import_result_unknown_codes import ImportResultUnknownCodes
from .interests import Interests
from .item_ref import ItemRef
from .key_create import KeyCreate
from .key_issued import KeyIssued
from .key_read import KeyRead
from .key_rotate import KeyRotate
from .key_rotation import KeyRotation
from .key_status import KeyStatus
from .mapping_relation import MappingRelation
from .metier_fiche_full import MetierFicheFull
from .metier_match import MetierMatch
from .metier_match_request import MetierMatchRequest
from .metier_match_response import MetierMatchResponse
from .metier_page import MetierPage
from .metier_summary import MetierSummary
from .mobilite import Mobilite
from .offer_format import OfferFormat
from .offer_item_error import OfferItemError
from .offer_match import OfferMatch
from .offer_match_request import OfferMatchRequest
from .offer_match_response import OfferMatchResponse
from .offer_place import OfferPlace
from .offers_upsert import OffersUpsert
from .offers_upsert_offers_item import OffersUpsertOffersItem
from .offers_upsert_result import OffersUpsertResult
from .parcours_request import ParcoursRequest
from .parcours_response import ParcoursResponse
from .parcours_step import ParcoursStep
from .polarity import Polarity
from .proximite import Proximite
from .proximites_response import ProximitesResponse
from .question_answer import QuestionAnswer
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .relabelled import Relabelled
from .riasec import Riasec
from .riasec_profile import RiasecProfile
from .rome_appellation_match import RomeAppellationMatch
from .rome_v3_link import RomeV3Link
from .rome_v3_mapping import RomeV3Mapping
from .scope import Scope
from .score_breakdown import ScoreBreakdown
from .section_read import SectionRead
from .session_ref import SessionRef
from .skill_detail import SkillDetail
from .skill_fiche import SkillFiche
from .skill_method import SkillMethod
from .skill_page import SkillPage
from .skill_read import SkillRead
from .skill_ref import SkillRef
from .skill_type import SkillType
from .stated_constraint import StatedConstraint
from .suggestion_kind import SuggestionKind
from .table_diff import TableDiff
from .tenant_create import TenantCreate
from .tenant_read import TenantRead
from .tenant_update import TenantUpdate
from .training_item_error import TrainingItemError
from .training_kind import TrainingKind
from .training_match import TrainingMatch
from .training_match_request import TrainingMatchRequest
from .training_match_response import TrainingMatchResponse
from .trainings_upsert import TrainingsUpsert
from .trainings_upsert_result import TrainingsUpsertResult
from .trainings_upsert_trainings_item import TrainingsUpsertTrainingsItem
from .unknown_codes import UnknownCodes
from .uploaded_document import UploadedDocument
from .version_diff import VersionDiff
from .version_diff_tables import VersionDiffTables
from .version_list import VersionList
from .version_read import VersionRead
from .version_read_counts import VersionReadCounts
from .visibility import Visibility
from .weighted_skill import WeightedSkill
from .where import Where
from .work_context import WorkContext
from .working_time import WorkingTime

__all__ = (
    "AppellationEscoMatches",
    "AppellationPage",
    "AppellationRead",
    "AppellationRef",
    "AuditEntryRead",
    "AuditPage",
    "BatchExtractionRequest",
    "BatchExtractionResult",
    "BatchItem",
    "BatchItemError",
    "Bloc",
    "BodyCreateFileExtractionV1ExtractionsFilePost",
    "BodyUploadTrainingsV1TrainingsFilePost",
    "CertificationPage",
    "CertificationRead",
    "CertificationReadKind",
    "CertificationRome",
    "CertificationSummary",
    "CertificationSummaryKind",
    "Certifier",
    "CodeLabel",
    "Constraint",
    "ConstraintEvidence",
    "ConstraintKind",
    "ConstraintMode",
    "ContractType",
    "CreateReferentialImportName",
    "DocumentKind",
    "ErrorBody",
    "ErrorDetail",
    "EscoOccupationMatch",
    "EscoOccupationPage",
    "EscoOccupationRead",
    "EscoOccupationSummary",
    "Evidence",
    "EvokedAppellation",
    "EvokedMetier",
    "ExtractedSkill",
    "ExtractionRequest",
    "ExtractionResult",
    "Facet",
    "FeedbackBatchCreate",
    "FeedbackCreate",
    "FeedbackCreateProfileType0",
    "FeedbackKindStats",
    "FeedbackPage",
    "FeedbackRead",
    "FeedbackReadProfileType0",
    "FeedbackStats",
    "FicheSkill",
    "FileExtractionResult",
    "FormacodePage",
    "FormacodeRead",
    "FormacodeRomeV3Link",
    "FormacodeSummary",
    "FormacodeTerm",
    "Health",
    "ImportResponse",
    "ImportResult",
    "ImportResultCounts",
    "ImportResultStatus",
    "ImportResultUnknownCodes",
    "Interests",
    "ItemRef",
    "KeyCreate",
    "KeyIssued",
    "KeyRead",
    "KeyRotate",
    "KeyRotation",
    "KeyStatus",
    "MappingRelation",
    "MetierFicheFull",
    "MetierMatch",
    "MetierMatchRequest",
    "MetierMatchResponse",
    "MetierPage",
    "MetierSummary",
    "Mobilite",
    "OfferFormat",
    "OfferItemError",
    "OfferMatch",
    "OfferMatchRequest",
    "OfferMatchResponse",
    "OfferPlace",
    "OffersUpsert",
    "OffersUpsertOffersItem",
    "OffersUpsertResult",
    "ParcoursRequest",
    "ParcoursResponse",
    "ParcoursStep",
    "Polarity",
    "Proximite",
    "ProximitesResponse",
    "QuestionAnswer",
    "Readiness",
    "ReadinessChecks",
    "Relabelled",
    "Riasec",
    "RiasecProfile",
    "RomeAppellationMatch",
    "RomeV3Link",
    "RomeV3Mapping",
    "Scope",
    "ScoreBreakdown",
    "SectionRead",
    "SessionRef",
    "SkillDetail",
    "SkillFiche",
    "SkillMethod",
    "SkillPage",
    "SkillRead",
    "SkillRef",
    "SkillType",
    "StatedConstraint",
    "SuggestionKind",
    "TableDiff",
    "TenantCreate",
    "TenantRead",
    "TenantUpdate",
    "TrainingItemError",
    "TrainingKind",
    "TrainingMatch",
    "TrainingMatchRequest",
    "TrainingMatchResponse",
    "TrainingsUpsert",
    "TrainingsUpsertResult",
    "TrainingsUpsertTrainingsItem",
    "UnknownCodes",
    "UploadedDocument",
    "VersionDiff",
    "VersionDiffTables",
    "VersionList",
    "VersionRead",
    "VersionReadCounts",
    "Visibility",
    "WeightedSkill",
    "Where",
    "WorkContext",
    "WorkingTime",
)

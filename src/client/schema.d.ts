// Generated from the node's OpenAPI document by `npm run gen:client`. Do not edit.
export interface paths {
    "/.well-known/aisafe-node": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This node's identity and public key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NodeInfo"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My organisations' assessments, newest first (at most 200); systemId: of one system */
        get: {
            parameters: {
                query?: {
                    systemId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"][];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Start an assessment of a system for jurisdictions and/or frameworks */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssessmentCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An assessment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a question (met, partially met, not met, not applicable) with explanation and evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssessmentAnswerInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentCoverage"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review comments, as threads with their replies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentComments"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Comment on a submission, or reply to a thread: between the jurisdiction's regulator and the organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssessmentCommentInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentComments"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage per framework (derived results say how they were derived) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentCoverage"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evidence files of an assessment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentEvidenceFile"][];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Attach an evidence file to a question (multipart: fields "question" and "file"; PDF, images, text; at most 10 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentEvidenceFile"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gap list (POA&M) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentGaps"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Plan an action for a gap */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssessmentGapInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentGaps"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/gaps/{gapId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a planned action: action, owner, due date, status (open or done) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    gapId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssessmentGapUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentGaps"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/assessments/{id}/poam.oscal.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSCAL plan of action and milestones for the gaps (signed) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The de-duplicated question set, with answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentQuestions"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/report.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The HTML report (signed: x-aisafe-sha256 and x-aisafe-signature headers) */
        get: {
            parameters: {
                query?: {
                    lang?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/report.oscal.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OSCAL assessment-results (signed like the HTML report) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as PDF (printed by Chromium; signed like the HTML report) */
        get: {
            parameters: {
                query?: {
                    lang?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether and how the assessment's summary is shared with the network, and the sharing groups (the organisation's administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocalShareState"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Share the assessment's summary with the network (system, organisation, frameworks and coverage counts; never answers, evidence or comments); again: a new version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        distribution: 0 | 1 | 2 | 3 | 4;
                        /** @default null */
                        residency?: {
                            allowedCountries?: string[];
                            deniedCountries?: string[];
                        } | null;
                        /** @default null */
                        sharingGroupId?: string | null;
                        /** @enum {string} */
                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocalShareState"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Withdraw the shared summary from every peer node (a signed retraction) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocalShareState"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/share/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exactly which peer nodes and organisations would receive the summary with this sharing, and why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        distribution: 0 | 1 | 2 | 3 | 4;
                        /** @default null */
                        residency?: {
                            allowedCountries?: string[];
                            deniedCountries?: string[];
                        } | null;
                        /** @default null */
                        sharingGroupId?: string | null;
                        /** @enum {string} */
                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SharingPreview"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a complete assessment to a jurisdiction's regulator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssessmentSubmitInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file (analysts) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browse and filter the audit trail */
        get: {
            parameters: {
                query?: {
                    /** @description Exact action, or a prefix ending in '.' (e.g. 'user.') */
                    action?: string;
                    /** @description Part of the actor's label (e-mail) */
                    actor?: string;
                    from?: string;
                    limit?: number;
                    offset?: number;
                    targetId?: string;
                    targetType?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the hash chain of the audit trail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditVerification"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How to sign in on this node */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthConfig"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (ends the session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset e-mail (same answer whether or not the address exists) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordResetRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Accepted"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordResetConfirmInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/controls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's implemented controls, with the questions each already answers */
        get: {
            parameters: {
                query: {
                    orgId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImplementedControl"][];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Describe an implemented control once, to reuse as an answer across systems */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImplementedControlCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImplementedControl"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crosswalks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The crosswalk between two frameworks: direct, or derived through the ASEAN Guide
         * @description format=oscal returns it as an OSCAL 1.2 mapping-collection.
         */
        get: {
            parameters: {
                query: {
                    format?: "view" | "oscal";
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrosswalkView"] | components["schemas"]["OscalDocument"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crosswalks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a crosswalk (an OSCAL 1.2 mapping-collection) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OscalDocumentInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrosswalkImportResult"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrosswalkImportResult"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crosswalks/loaded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The crosswalks loaded on this node */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrosswalkSummary"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entities, by words of their name or aliases (merged ones left out) */
        get: {
            parameters: {
                query?: {
                    kind?: "company" | "public-body" | "civil-society" | "academic" | "people" | "other";
                    limit?: number;
                    offset?: number;
                    /** @description words of the name or of an alias (the last as a prefix) */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntityPage"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an entity (a name or alias another entity carries is refused) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EntityCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Entity"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entity; a merged id redirects (301) to the one it went into */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Entity"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an entity: name, kind, aliases (the full list), country, URL */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EntityUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Entity"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/entities/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this entity into another: names become aliases, links move, the id redirects */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EntityMergeInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Entity"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/peers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Peer nodes: status, last sync, lag, errors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationPeer"][];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a peer by URL (sends it a signed peering request) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AddPeerInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationPeer"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/peers/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One peer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    nodeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationPeer"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/peers/{nodeId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, suspend, resume or revoke a peer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    nodeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PeerActionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationPeer"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Corroborations and proposals: received about our records (direction=in), or sent to origins (out) */
        get: {
            parameters: {
                query?: {
                    direction?: "in" | "out";
                    limit?: number;
                    recordId?: string;
                    status?: "open" | "accepted" | "declined";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationProposal"][];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/proposals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or decline a received proposal or corroboration (the record changes only by our own edit) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "accept" | "decline";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationProposal"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shared records: ours and those received from peers */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    origin?: "local" | "received" | "all";
                    type?: "incident" | "framework" | "crosswalk" | "assessment-summary" | "footprint-report" | "sharing-group";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["FederatedRecord"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One shared record, with the peers it was sent to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederatedRecord"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/records/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exactly which nodes and organisations would receive the record, and why (with its sharing, or the sharing given) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        distribution: 0 | 1 | 2 | 3 | 4;
                        /** @default null */
                        residency?: {
                            allowedCountries?: string[];
                            deniedCountries?: string[];
                        } | null;
                        /** @default null */
                        sharingGroupId?: string | null;
                        /** @enum {string} */
                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SharingPreview"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/records/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a corroboration or a proposal about a received record to its origin node (signed; only to a direct active peer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Suggested changes (proposals only): free JSON or text */
                        changes?: unknown;
                        /** @enum {string} */
                        kind: "corroboration" | "proposal";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationProposal"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/records/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract one of our records from every peer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederatedRecord"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/records/{id}/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change how one of our records is shared (a new version) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        distribution: 0 | 1 | 2 | 3 | 4;
                        /** @default null */
                        residency?: {
                            allowedCountries?: string[];
                            deniedCountries?: string[];
                        } | null;
                        /** @default null */
                        sharingGroupId?: string | null;
                        /** @enum {string} */
                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederatedRecord"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/sharing-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sharing groups known here */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SharingGroup"][];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a sharing group (its membership travels to its members) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description Member nodes (this node is always a member) */
                        nodes: string[];
                        /**
                         * @description If given, only these organisations at the member nodes see the group's records
                         * @default []
                         */
                        organisations?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SharingGroup"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/sharing-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a sharing group this node created; removed members get retractions */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description Member nodes (this node is always a member) */
                        nodes: string[];
                        /**
                         * @description If given, only these organisations at the member nodes see the group's records
                         * @default []
                         */
                        organisations?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SharingGroup"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pull every active peer now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SyncResult"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/federation/sync-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent sync attempts and refused requests */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    nodeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationSyncLogEntry"][];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/footprints/{id}/annex-xi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EU AI Act Annex XI Section 1 point 2(d)-(e) fields of a footprint report: training time, computational resources, known or estimated energy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnexXiEnergyFields"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/footprints/{id}/ghg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GHG-Protocol-style statement of a footprint report: scope 2 (location- and market-based) when the organisation operates the hardware, scope 3 when a provider does */
        get: {
            parameters: {
                query?: {
                    operator?: "own" | "provider";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GhgStatement"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/footprints/{id}/sci": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SCI statement of a footprint report: ((E x I) + M) per R, saying what M is and that it is not included */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SciStatement"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/footprints/{id}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether and how a footprint report is shared with the network, and the sharing groups (the organisation's administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocalShareState"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Share a submitted report's figures with the network (energy, carbon, water, method, country, period, system name; no personal data); again: a new version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        distribution: 0 | 1 | 2 | 3 | 4;
                        /** @default null */
                        residency?: {
                            allowedCountries?: string[];
                            deniedCountries?: string[];
                        } | null;
                        /** @default null */
                        sharingGroupId?: string | null;
                        /** @enum {string} */
                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocalShareState"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Withdraw the shared report from every peer node (a signed retraction) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocalShareState"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/footprints/{id}/share/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exactly which peer nodes and organisations would receive the report with this sharing, and why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        distribution: 0 | 1 | 2 | 3 | 4;
                        /** @default null */
                        residency?: {
                            allowedCountries?: string[];
                            deniedCountries?: string[];
                        } | null;
                        /** @default null */
                        sharingGroupId?: string | null;
                        /** @enum {string} */
                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SharingPreview"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/footprints/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a footprint report to a jurisdiction's regulator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        jurisdiction: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FootprintReport"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/footprints/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Estimate the energy, carbon and water of an AI workload (training or inference)
         * @description Energy (kWh), CO2e (kg; location-based, and market-based when contractual instruments are given), water (litres on-site and off-site), the method tier, an uncertainty range and the factor set used. PUE is applied exactly once. Implausible inputs give warnings naming the field.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorkloadInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FootprintEstimate"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/footprints/factor-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a grid factor set (node administrators): validated, immutable; the latest year becomes the default */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GridFactorSetInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FactorLibrary"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/footprints/factors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The factor library the estimator uses: grid factor sets by country, GPU models, defaults */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FactorLibrary"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/footprints/regional": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regional totals of submitted footprint reports by country, sector or month (sums, never averages of intensities) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    groupBy?: "country" | "sector" | "month";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegionalFootprints"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/footprints/regional.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regional totals as CSV */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    groupBy?: "country" | "sector" | "month";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The framework library: every framework, with filters */
        get: {
            parameters: {
                query?: {
                    bindingStatus?: "binding" | "voluntary" | "draft" | "none-adopted";
                    jurisdiction?: string;
                    language?: string;
                    type?: "law" | "regulation" | "guideline" | "strategy" | "standard" | "principles";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FrameworkSummary"][];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A framework with its requirement tree (latest release, or ?version=) */
        get: {
            parameters: {
                query?: {
                    version?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Framework"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two releases */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FrameworkDiff"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{id}/oscal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A release as an OSCAL catalog (JSON) */
        get: {
            parameters: {
                query?: {
                    version?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OscalDocument"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{id}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether and how a framework is shared with the network (its record), and the sharing groups (node administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocalShareState"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Share a release of a framework (and its current crosswalks) with peer nodes as federation records (node administrators)
         * @description The framework record carries the framework's metadata and its OSCAL catalog as exported (requirement ids, titles, paraphrased text, citations); each crosswalk record its OSCAL mapping-collection. Sharing again issues new versions. Peers keep them as received records; they never enter a peer's library.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        distribution: 0 | 1 | 2 | 3 | 4;
                        /** @default null */
                        residency?: {
                            allowedCountries?: string[];
                            deniedCountries?: string[];
                        } | null;
                        /** @default null */
                        sharingGroupId?: string | null;
                        /** @enum {string} */
                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                        /** @description The release to share (default: the latest) */
                        version?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FrameworkShareResult"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Withdraw a shared framework and its shared crosswalks from every peer node */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FrameworkShareResult"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{id}/share/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exactly which peer nodes would receive the framework's latest release and its crosswalks with this sharing, and why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        distribution: 0 | 1 | 2 | 3 | 4;
                        /** @default null */
                        residency?: {
                            allowedCountries?: string[];
                            deniedCountries?: string[];
                        } | null;
                        /** @default null */
                        sharingGroupId?: string | null;
                        /** @enum {string} */
                        tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SharingPreview"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The releases of a framework */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FrameworkVersion"][];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an OSCAL catalog: a new framework, or a new release of one
         * @description The catalog is validated against the OSCAL catalog schema and our rules; any error refuses it whole and lists every problem (JSON pointer and message). Metadata the catalog lacks (framework id, jurisdiction, type, binding status) can be given as query parameters.
         */
        post: {
            parameters: {
                query?: {
                    bindingStatus?: "binding" | "voluntary" | "draft" | "none-adopted";
                    frameworkId?: string;
                    instrumentType?: "law" | "regulation" | "guideline" | "strategy" | "standard" | "principles";
                    issuer?: string;
                    jurisdiction?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OscalDocumentInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FrameworkImportResult"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FrameworkImportResult"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search incidents with filters and facets (the public database; triage analysts see their queue) */
        get: {
            parameters: {
                query?: {
                    /** @description analysts only: my incidents, or unassigned ones */
                    assignee?: "me" | "nobody";
                    country?: string;
                    /** @description occurred on or after */
                    from?: string;
                    harmType?: "physical" | "psychological" | "reputational" | "economic-property" | "environmental" | "public-interest" | "human-fundamental-rights" | "other";
                    industry?: string;
                    limit?: number;
                    offset?: number;
                    /** @description words to find, all of them, as whole words; a final * matches a prefix (deepfake*) */
                    q?: string;
                    severity?: "hazard" | "serious-hazard" | "incident" | "serious-incident" | "disaster" | "other";
                    /** @description analysts only; the public sees published incidents */
                    status?: "submitted" | "triage" | "in-review" | "validated" | "published" | "rejected" | "merged" | "withdrawn";
                    /** @description occurred on or before */
                    to?: string;
                    /** @description public: the public database, also for a signed-in analyst */
                    view?: "public";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentPage"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An incident: the published version for the public, the working copy for triage analysts; a merged id redirects (301) */
        get: {
            parameters: {
                query?: {
                    view?: "public";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentDetail"] | components["schemas"]["PublicIncident"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an incident's working copy */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentDetail"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/incidents/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign an incident to a triage analyst (or nobody) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentAssignInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentDetail"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evidence files of an incident and its reports */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Attachment"][];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Attach an evidence file to an incident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Attachment"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/classifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Taxonomy classifications */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentClassification"][];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set the values of one taxonomy field */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentClassificationSetInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentClassification"][];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Analysts' comments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentComment"][];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a comment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentCommentCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentComment"][];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Likely duplicates, with reasons */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DuplicateSuggestion"][];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entities of an incident, with their roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentEntity"][];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set the entities of an incident with their roles */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentEntitiesSetInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentEntity"][];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this incident into another (its id then redirects there) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentMergeInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentDetail"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a validated incident as a new version (personal data redacted; undecided detections block it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentPublishInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicIncident"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/redactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Personal data found in the incident's free text, with decisions and a redacted preview */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RedactionReview"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Decide on a detected item (redact or keep), or mark a name to redact (kind "name") */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RedactionDecisionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RedactionReview"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reports behind an incident, with contacts (protected) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentReport"][];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an incident through triage */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentTransitionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentDetail"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published incidents as CSV (licence in the Link header) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/export.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published incidents as JSON (licence in the Link header and the document) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/export.oecd.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published incidents as OECD.JSON (licence in the Link header and the document) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/export.stix.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published incidents as STIX.JSON (licence in the Link header and the document) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Atom feed of the latest published incidents */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The eleven ASEAN member states and the Secretariat (ASEAN) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Jurisdiction"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update my profile (name, language) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProfileUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"][];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API token (the secret is shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApiTokenCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiTokenCreated"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations visible to me */
        get: {
            parameters: {
                query?: {
                    jurisdiction?: string;
                    limit?: number;
                    offset?: number;
                    q?: string;
                    type?: "secretariat" | "regulator" | "company" | "msme" | "research" | "civil-society" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationPage"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganisationCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or retype an organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganisationUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/organisations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add a user to an organisation or change their role */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MembershipPutInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a user from an organisation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/risk-scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Our risk impact scale (ASEAN AI Safe's own, labelled as such): probability and severity 1-5, human-involvement levels and the rules that recommend one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskScale"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registry's value lists and the classifiers' fact vocabulary (use cases, Annex I product areas, ISIC sections), to build forms */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegistryVocabulary"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report an AI incident or hazard (anonymous allowed; the contact is kept in a protected store) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReportInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportReceipt"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach an evidence file to your report (x-upload-token from the receipt; PDF, images, text; at most 10 MB; never executables) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "x-upload-token"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Attachment"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bulk import of reports: a JSON array of reports, or CSV (text/csv) with a header row; per-row results */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown[] | string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportImportResult"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Was a report with this SHA-256 issued by this node (and is its signature valid)? */
        get: {
            parameters: {
                query: {
                    sha256: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportVerification"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regulator's review queue for my jurisdictions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewQueue"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/{jurisdiction}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A regulator's decision on a submission: accept, request changes, or comment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    jurisdiction: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssessmentReviewInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the requirements of every framework (any ASEAN language) */
        get: {
            parameters: {
                query: {
                    framework?: string;
                    limit?: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchResults"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AI systems visible to me (my organisations', those submitted to my jurisdiction; the public sees public summaries) */
        get: {
            parameters: {
                query?: {
                    aiType?: "traditional-ml" | "generative" | "agentic";
                    country?: string;
                    limit?: number;
                    offset?: number;
                    orgId?: string;
                    q?: string;
                    status?: "planned" | "in-use" | "retired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AiSystemPage"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Register an AI system */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AiSystemCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AiSystem"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/systems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An AI system */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AiSystem"] | components["schemas"]["PublicAiSystem"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an AI system (a new version in its history) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AiSystemUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AiSystem"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/systems/{id}/footprints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Footprint reports of an AI system */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FootprintReport"][];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Report an AI system's footprint for a period from a workload description */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FootprintReportCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FootprintReport"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/systems/{id}/footprints/codecarbon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import CodeCarbon's emissions.csv (text/csv) as a footprint report; bad lines are reported by number */
        post: {
            parameters: {
                query?: {
                    country?: string;
                    kind?: "training" | "inference";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": string;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CodeCarbonImport"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/systems/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change history of an AI system */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AiSystemHistoryEntry"][];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/systems/{id}/risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Risk and human oversight: the latest ASEAN risk impact assessment and each jurisdiction classifier's tier, with the rules that fired */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AiSystemRisk"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record a risk impact assessment (probability and severity of harm, our 1-5 scale) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RiskImpactAssessmentInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AiSystemRisk"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/systems/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the system to a jurisdiction's regulator (makes it visible to them) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AiSystemSubmitInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AiSystem"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/taxonomies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The classification taxonomies (namespaced, versioned) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Taxonomy"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users I administer */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    orgId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserPage"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's name, status or node role */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/federation/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The changes feed after a cursor, filtered for the calling peer by the outbound policy */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    since?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationChangesPage"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/federation/v1/node": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This node's identity and organisations, for an active peer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationNodeHello"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/federation/v1/notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A peer says it has changes: we pull its feed soon */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cursor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: boolean;
                        };
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/federation/v1/peering": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A node asks to peer, approves, suspends, resumes or revokes (signed with its key) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FederationPeeringRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationNodeHello"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/federation/v1/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A peer sends a corroboration or a proposal about one of our records (accepted only if the policy lets it hold the record; never changes the record) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        changes?: unknown | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "corroboration" | "proposal";
                        note: string;
                        /** Format: uuid */
                        recordId: string;
                        recordVersion: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationProposal"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationProposal"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in but not allowed (or CSRF check failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/federation/v1/proposals/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The origin tells the proposing node its decision (accepted or declined) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string | null;
                        /** @enum {string} */
                        status: "accepted" | "declined";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FederationProposal"];
                    };
                };
                /** @description Invalid input (the errors name the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, session expired, or invalid API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not visible to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: database reachable and migrations applied */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Accepted: {
            /** @constant */
            accepted: true;
            message: string;
        };
        AcceptedInput: {
            /** @constant */
            accepted: true;
            message: string;
        };
        AddPeer: {
            /**
             * Format: uri
             * @description The peer node's base URL
             */
            url: string;
        };
        AddPeerInput: {
            /**
             * Format: uri
             * @description The peer node's base URL
             */
            url: string;
        };
        AiSystem: {
            /** @enum {string} */
            affectedScale: "individual" | "hundreds" | "thousands" | "millions";
            /** @enum {string} */
            aiType: "traditional-ml" | "generative" | "agentic";
            createdAt: string;
            dataCategories: string[];
            /** @enum {string} */
            decisionImpact: "none" | "minor" | "significant" | "legal-or-similar";
            decisions: string;
            deploymentCountries: string[];
            description: string;
            generalPurposeModel: boolean;
            gpaiSystemicRisk: boolean;
            /** @enum {string} */
            humanInvolvement: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            lifecycleStage: "design" | "development" | "testing" | "deployment" | "operation" | "retirement";
            name: string;
            /** Format: uuid */
            orgId: string;
            orgName: string;
            profilesNaturalPersons: boolean;
            provider: {
                model?: string;
                modelVersion?: string;
                name?: string;
                own: boolean;
            };
            publicSummary: string | null;
            purpose: string;
            ref: string;
            safetyComponentOf: string | null;
            sectors: string[];
            /** @enum {string} */
            status: "planned" | "in-use" | "retired";
            submittedTo: string[];
            updatedAt: string;
            useCases: string[];
            version: number;
        };
        AiSystemCreate: {
            /** @enum {string} */
            affectedScale: "individual" | "hundreds" | "thousands" | "millions";
            /** @enum {string} */
            aiType: "traditional-ml" | "generative" | "agentic";
            /** @default [] */
            dataCategories: ("personal" | "sensitive" | "children" | "biometric")[];
            /** @enum {string} */
            decisionImpact: "none" | "minor" | "significant" | "legal-or-similar";
            /**
             * @description Decisions the system influences
             * @default
             */
            decisions: string;
            /** @default [] */
            deploymentCountries: string[];
            /** @default  */
            description: string;
            /** @default false */
            generalPurposeModel: boolean;
            /** @default false */
            gpaiSystemicRisk: boolean;
            /**
             * @description The human involvement in place today
             * @enum {string}
             */
            humanInvolvement: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
            /** @enum {string} */
            lifecycleStage: "design" | "development" | "testing" | "deployment" | "operation" | "retirement";
            name: string;
            /** Format: uuid */
            orgId: string;
            /** @default false */
            profilesNaturalPersons: boolean;
            /**
             * @default {
             *       "own": true
             *     }
             */
            provider: {
                model?: string;
                modelVersion?: string;
                name?: string;
                /** @description Built in-house (true) or from a third party (false) */
                own: boolean;
            };
            /**
             * @description Shown publicly when set
             * @default null
             */
            publicSummary: string | null;
            purpose: string;
            /** @default null */
            safetyComponentOf: string | null;
            /** @default [] */
            sectors: string[];
            /**
             * @default planned
             * @enum {string}
             */
            status: "planned" | "in-use" | "retired";
            /** @default [] */
            useCases: string[];
        };
        AiSystemCreateInput: {
            /** @enum {string} */
            affectedScale: "individual" | "hundreds" | "thousands" | "millions";
            /** @enum {string} */
            aiType: "traditional-ml" | "generative" | "agentic";
            /** @default [] */
            dataCategories?: ("personal" | "sensitive" | "children" | "biometric")[];
            /** @enum {string} */
            decisionImpact: "none" | "minor" | "significant" | "legal-or-similar";
            /**
             * @description Decisions the system influences
             * @default
             */
            decisions?: string;
            /** @default [] */
            deploymentCountries?: string[];
            /** @default  */
            description?: string;
            /** @default false */
            generalPurposeModel?: boolean;
            /** @default false */
            gpaiSystemicRisk?: boolean;
            /**
             * @description The human involvement in place today
             * @enum {string}
             */
            humanInvolvement: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
            /** @enum {string} */
            lifecycleStage: "design" | "development" | "testing" | "deployment" | "operation" | "retirement";
            name: string;
            /** Format: uuid */
            orgId: string;
            /** @default false */
            profilesNaturalPersons?: boolean;
            /**
             * @default {
             *       "own": true
             *     }
             */
            provider?: {
                model?: string;
                modelVersion?: string;
                name?: string;
                /** @description Built in-house (true) or from a third party (false) */
                own: boolean;
            };
            /**
             * @description Shown publicly when set
             * @default null
             */
            publicSummary?: string | null;
            purpose: string;
            /** @default null */
            safetyComponentOf?: string | null;
            /** @default [] */
            sectors?: string[];
            /**
             * @default planned
             * @enum {string}
             */
            status?: "planned" | "in-use" | "retired";
            /** @default [] */
            useCases?: string[];
        };
        AiSystemHistoryEntry: {
            changedAt: string;
            changedBy: string;
            snapshot: {
                [key: string]: unknown;
            };
            version: number;
        };
        AiSystemHistoryEntryInput: {
            changedAt: string;
            changedBy: string;
            snapshot: {
                [key: string]: unknown;
            };
            version: number;
        };
        AiSystemInput: {
            /** @enum {string} */
            affectedScale: "individual" | "hundreds" | "thousands" | "millions";
            /** @enum {string} */
            aiType: "traditional-ml" | "generative" | "agentic";
            createdAt: string;
            dataCategories: string[];
            /** @enum {string} */
            decisionImpact: "none" | "minor" | "significant" | "legal-or-similar";
            decisions: string;
            deploymentCountries: string[];
            description: string;
            generalPurposeModel: boolean;
            gpaiSystemicRisk: boolean;
            /** @enum {string} */
            humanInvolvement: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            lifecycleStage: "design" | "development" | "testing" | "deployment" | "operation" | "retirement";
            name: string;
            /** Format: uuid */
            orgId: string;
            orgName: string;
            profilesNaturalPersons: boolean;
            provider: {
                model?: string;
                modelVersion?: string;
                name?: string;
                own: boolean;
            };
            publicSummary: string | null;
            purpose: string;
            ref: string;
            safetyComponentOf: string | null;
            sectors: string[];
            /** @enum {string} */
            status: "planned" | "in-use" | "retired";
            submittedTo: string[];
            updatedAt: string;
            useCases: string[];
            version: number;
        };
        AiSystemPage: {
            items: (components["schemas"]["AiSystem"] | components["schemas"]["PublicAiSystem"])[];
            limit: number;
            offset: number;
            total: number;
        };
        AiSystemPageInput: {
            items: (components["schemas"]["AiSystemInput"] | components["schemas"]["PublicAiSystemInput"])[];
            limit: number;
            offset: number;
            total: number;
        };
        AiSystemRisk: {
            classifications: {
                classifier: string;
                dependsOnPendingDecree: boolean;
                fired: {
                    cites: {
                        control?: string;
                        ref: string;
                    }[];
                    dependsOnDecree: boolean;
                    explanation: string;
                    id: string;
                    tier: string;
                    verification: string;
                }[];
                flags: {
                    cites: {
                        control?: string;
                        ref: string;
                    }[];
                    dependsOnDecree: boolean;
                    explanation: string;
                    id: string;
                }[];
                framework: string | null;
                jurisdiction: string;
                reviewStatus: string;
                tier: string;
                tierLabel: string;
                title: string;
                version: string;
            }[];
            /** @description null until a risk impact assessment is recorded */
            involvement: {
                assessedAt: string;
                assessedBy: string;
                basis: string;
                /** @enum {string} */
                currentInvolvement: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
                /** @enum {string} */
                level: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
                levelLabel: string;
                meetsRecommendation: boolean;
                probability: {
                    label: string;
                    value: number;
                };
                reasoning: string[];
                scale: {
                    id: string;
                    note: string;
                    /** @constant */
                    ours: true;
                    version: string;
                };
                score: number;
                severity: {
                    label: string;
                    value: number;
                };
            } | null;
            /** Format: uuid */
            systemId: string;
        };
        AiSystemRiskInput: {
            classifications: {
                classifier: string;
                dependsOnPendingDecree: boolean;
                fired: {
                    cites: {
                        control?: string;
                        ref: string;
                    }[];
                    dependsOnDecree: boolean;
                    explanation: string;
                    id: string;
                    tier: string;
                    verification: string;
                }[];
                flags: {
                    cites: {
                        control?: string;
                        ref: string;
                    }[];
                    dependsOnDecree: boolean;
                    explanation: string;
                    id: string;
                }[];
                framework: string | null;
                jurisdiction: string;
                reviewStatus: string;
                tier: string;
                tierLabel: string;
                title: string;
                version: string;
            }[];
            /** @description null until a risk impact assessment is recorded */
            involvement: {
                assessedAt: string;
                assessedBy: string;
                basis: string;
                /** @enum {string} */
                currentInvolvement: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
                /** @enum {string} */
                level: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
                levelLabel: string;
                meetsRecommendation: boolean;
                probability: {
                    label: string;
                    value: number;
                };
                reasoning: string[];
                scale: {
                    id: string;
                    note: string;
                    /** @constant */
                    ours: true;
                    version: string;
                };
                score: number;
                severity: {
                    label: string;
                    value: number;
                };
            } | null;
            /** Format: uuid */
            systemId: string;
        };
        AiSystemSubmit: {
            jurisdiction: string;
        };
        AiSystemSubmitInput: {
            jurisdiction: string;
        };
        AiSystemUpdate: {
            /** @enum {string} */
            affectedScale?: "individual" | "hundreds" | "thousands" | "millions";
            /** @enum {string} */
            aiType?: "traditional-ml" | "generative" | "agentic";
            /** @default [] */
            dataCategories?: ("personal" | "sensitive" | "children" | "biometric")[];
            /** @enum {string} */
            decisionImpact?: "none" | "minor" | "significant" | "legal-or-similar";
            /**
             * @description Decisions the system influences
             * @default
             */
            decisions?: string;
            /** @default [] */
            deploymentCountries?: string[];
            /** @default  */
            description?: string;
            /** @default false */
            generalPurposeModel?: boolean;
            /** @default false */
            gpaiSystemicRisk?: boolean;
            /**
             * @description The human involvement in place today
             * @enum {string}
             */
            humanInvolvement?: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
            /** @enum {string} */
            lifecycleStage?: "design" | "development" | "testing" | "deployment" | "operation" | "retirement";
            name?: string;
            /** @default false */
            profilesNaturalPersons?: boolean;
            /**
             * @default {
             *       "own": true
             *     }
             */
            provider?: {
                model?: string;
                modelVersion?: string;
                name?: string;
                /** @description Built in-house (true) or from a third party (false) */
                own: boolean;
            };
            /**
             * @description Shown publicly when set
             * @default null
             */
            publicSummary?: string | null;
            purpose?: string;
            /** @default null */
            safetyComponentOf?: string | null;
            /** @default [] */
            sectors?: string[];
            /**
             * @default planned
             * @enum {string}
             */
            status?: "planned" | "in-use" | "retired";
            /** @default [] */
            useCases?: string[];
        };
        AiSystemUpdateInput: {
            /** @enum {string} */
            affectedScale?: "individual" | "hundreds" | "thousands" | "millions";
            /** @enum {string} */
            aiType?: "traditional-ml" | "generative" | "agentic";
            /** @default [] */
            dataCategories?: ("personal" | "sensitive" | "children" | "biometric")[];
            /** @enum {string} */
            decisionImpact?: "none" | "minor" | "significant" | "legal-or-similar";
            /**
             * @description Decisions the system influences
             * @default
             */
            decisions?: string;
            /** @default [] */
            deploymentCountries?: string[];
            /** @default  */
            description?: string;
            /** @default false */
            generalPurposeModel?: boolean;
            /** @default false */
            gpaiSystemicRisk?: boolean;
            /**
             * @description The human involvement in place today
             * @enum {string}
             */
            humanInvolvement?: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
            /** @enum {string} */
            lifecycleStage?: "design" | "development" | "testing" | "deployment" | "operation" | "retirement";
            name?: string;
            /** @default false */
            profilesNaturalPersons?: boolean;
            /**
             * @default {
             *       "own": true
             *     }
             */
            provider?: {
                model?: string;
                modelVersion?: string;
                name?: string;
                /** @description Built in-house (true) or from a third party (false) */
                own: boolean;
            };
            /**
             * @description Shown publicly when set
             * @default null
             */
            publicSummary?: string | null;
            purpose?: string;
            /** @default null */
            safetyComponentOf?: string | null;
            /** @default [] */
            sectors?: string[];
            /**
             * @default planned
             * @enum {string}
             */
            status?: "planned" | "in-use" | "retired";
            /** @default [] */
            useCases?: string[];
        };
        AnnexXiEnergyFields: {
            citations: {
                date: string;
                issuer: string;
                note?: string;
                section: string;
                title: string;
                url: string | null;
                /** @enum {string} */
                verification: "verified" | "unverified";
            }[];
            factorSet: {
                id: string;
                version: string;
            };
            fields: {
                "2(d) computational resources": {
                    floatingPointOperations: number | null;
                    floatingPointOperationsNote: string;
                    hardware: {
                        gpuCount: number | null;
                        gpuModels: string[];
                    };
                };
                "2(d) training time": {
                    hours: number | null;
                    note: string;
                };
                "2(e) energy consumption": {
                    boundary: string;
                    kWh: number;
                    methodTier: string;
                    period: {
                        end: string;
                        start: string;
                    };
                    range: {
                        high: number;
                        low: number;
                    } | null;
                    status: string;
                };
            };
            generalPurposeModel: boolean;
            /** @enum {string} */
            kind: "training" | "inference";
            methodTier: string;
            notes: string[];
            period: {
                end: string;
                start: string;
            };
            report: string;
            /** @enum {string} */
            source: "estimate" | "codecarbon";
            statement: string;
            system: {
                name: string;
                ref: string;
            };
        };
        AnnexXiEnergyFieldsInput: {
            citations: {
                date: string;
                issuer: string;
                note?: string;
                section: string;
                title: string;
                url: string | null;
                /** @enum {string} */
                verification: "verified" | "unverified";
            }[];
            factorSet: {
                id: string;
                version: string;
            };
            fields: {
                "2(d) computational resources": {
                    floatingPointOperations: number | null;
                    floatingPointOperationsNote: string;
                    hardware: {
                        gpuCount: number | null;
                        gpuModels: string[];
                    };
                };
                "2(d) training time": {
                    hours: number | null;
                    note: string;
                };
                "2(e) energy consumption": {
                    boundary: string;
                    kWh: number;
                    methodTier: string;
                    period: {
                        end: string;
                        start: string;
                    };
                    range: {
                        high: number;
                        low: number;
                    } | null;
                    status: string;
                };
            };
            generalPurposeModel: boolean;
            /** @enum {string} */
            kind: "training" | "inference";
            methodTier: string;
            notes: string[];
            period: {
                end: string;
                start: string;
            };
            report: string;
            /** @enum {string} */
            source: "estimate" | "codecarbon";
            statement: string;
            system: {
                name: string;
                ref: string;
            };
        };
        ApiToken: {
            createdAt: string;
            expiresAt: string;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            revokedAt: string | null;
            scopes: ("read" | "write" | "admin")[];
        };
        ApiTokenCreate: {
            /** @default 90 */
            expiresInDays: number;
            name: string;
            scopes: ("read" | "write" | "admin")[];
        };
        ApiTokenCreated: {
            createdAt: string;
            expiresAt: string;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            revokedAt: string | null;
            scopes: ("read" | "write" | "admin")[];
            /** @description The secret; shown once, never stored */
            token: string;
        };
        ApiTokenCreatedInput: {
            createdAt: string;
            expiresAt: string;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            revokedAt: string | null;
            scopes: ("read" | "write" | "admin")[];
            /** @description The secret; shown once, never stored */
            token: string;
        };
        ApiTokenCreateInput: {
            /** @default 90 */
            expiresInDays?: number;
            name: string;
            scopes: ("read" | "write" | "admin")[];
        };
        ApiTokenInput: {
            createdAt: string;
            expiresAt: string;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            revokedAt: string | null;
            scopes: ("read" | "write" | "admin")[];
        };
        Assessment: {
            createdAt: string;
            frameworks: string[];
            /** Format: uuid */
            id: string;
            jurisdictions: string[];
            /** Format: uuid */
            orgId: string;
            profile: string | null;
            ref: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "changes-requested" | "accepted";
            submissions: {
                decidedAt: string | null;
                decidedBy: string | null;
                jurisdiction: string;
                /** @enum {string} */
                status: "submitted" | "changes-requested" | "accepted";
                submittedAt: string;
            }[];
            /** Format: uuid */
            systemId: string;
            systemName: string;
            systemRef: string;
            updatedAt: string;
        };
        AssessmentAnswer: {
            /**
             * Format: uuid
             * @description An implemented control of the organisation that answers this question
             */
            controlId?: string;
            /** @default [] */
            evidence: {
                title?: string;
                /** Format: uri */
                url: string;
            }[];
            /** @description Required unless a control answers */
            explanation?: string;
            /** @description A question key ("hub:<id>"), or "<framework>:<control>" to answer one control directly */
            question: string;
            /** @enum {string} */
            result: "met" | "partially-met" | "not-met" | "not-applicable";
        };
        AssessmentAnswerInput: {
            /**
             * Format: uuid
             * @description An implemented control of the organisation that answers this question
             */
            controlId?: string;
            /** @default [] */
            evidence?: {
                title?: string;
                /** Format: uri */
                url: string;
            }[];
            /** @description Required unless a control answers */
            explanation?: string;
            /** @description A question key ("hub:<id>"), or "<framework>:<control>" to answer one control directly */
            question: string;
            /** @enum {string} */
            result: "met" | "partially-met" | "not-met" | "not-applicable";
        };
        AssessmentCommentInput: {
            body: string;
            /** @description For a new thread: the submission's jurisdiction (a reply takes its thread's) */
            jurisdiction?: string;
            /**
             * Format: uuid
             * @description Reply to this thread (the thread's first comment)
             */
            parentId?: string;
        };
        AssessmentCommentInputInput: {
            body: string;
            /** @description For a new thread: the submission's jurisdiction (a reply takes its thread's) */
            jurisdiction?: string;
            /**
             * Format: uuid
             * @description Reply to this thread (the thread's first comment)
             */
            parentId?: string;
        };
        /** @description Threads one level deep, oldest first; a regulator reads only its jurisdictions' threads */
        AssessmentComments: {
            authorLabel: string;
            /** @enum {string} */
            authorSide: "regulator" | "organisation";
            body: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            jurisdiction: string | null;
            replies: {
                authorLabel: string;
                /** @enum {string} */
                authorSide: "regulator" | "organisation";
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
            }[];
        }[];
        /** @description Threads one level deep, oldest first; a regulator reads only its jurisdictions' threads */
        AssessmentCommentsInput: {
            authorLabel: string;
            /** @enum {string} */
            authorSide: "regulator" | "organisation";
            body: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            jurisdiction: string | null;
            replies: {
                authorLabel: string;
                /** @enum {string} */
                authorSide: "regulator" | "organisation";
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
            }[];
        }[];
        AssessmentCoverage: {
            /** Format: uuid */
            assessmentId: string;
            frameworks: {
                controls: {
                    controlId: string;
                    derived: boolean;
                    label: string | null;
                    /** @enum {string} */
                    result: "met" | "partially-met" | "not-met" | "not-applicable" | "unanswered";
                    title: string;
                    via?: {
                        /** @enum {string} */
                        hubResult: "met" | "partially-met" | "not-met" | "not-applicable";
                        question: string;
                        rationale: string;
                        relationship: string;
                    }[];
                }[];
                counts: {
                    met: number;
                    "not-applicable": number;
                    "not-met": number;
                    "partially-met": number;
                    unanswered: number;
                };
                derivedCount: number;
                frameworkId: string;
                score: number | null;
                title: string;
            }[];
        };
        AssessmentCoverageInput: {
            /** Format: uuid */
            assessmentId: string;
            frameworks: {
                controls: {
                    controlId: string;
                    derived: boolean;
                    label: string | null;
                    /** @enum {string} */
                    result: "met" | "partially-met" | "not-met" | "not-applicable" | "unanswered";
                    title: string;
                    via?: {
                        /** @enum {string} */
                        hubResult: "met" | "partially-met" | "not-met" | "not-applicable";
                        question: string;
                        rationale: string;
                        relationship: string;
                    }[];
                }[];
                counts: {
                    met: number;
                    "not-applicable": number;
                    "not-met": number;
                    "partially-met": number;
                    unanswered: number;
                };
                derivedCount: number;
                frameworkId: string;
                score: number | null;
                title: string;
            }[];
        };
        AssessmentCreate: {
            /** @default [] */
            frameworks: string[];
            /** @default [] */
            jurisdictions: string[];
            /** @description "msme-baseline": the MSME quick path (fewer, plain-language questions) */
            profile?: string;
            /** Format: uuid */
            systemId: string;
        };
        AssessmentCreateInput: {
            /** @default [] */
            frameworks?: string[];
            /** @default [] */
            jurisdictions?: string[];
            /** @description "msme-baseline": the MSME quick path (fewer, plain-language questions) */
            profile?: string;
            /** Format: uuid */
            systemId: string;
        };
        AssessmentEvidenceFile: {
            createdAt?: string;
            filename: string;
            /** Format: uuid */
            id: string;
            mediaType: string;
            question: string;
            sha256: string;
            size: number;
            uploadedBy?: string;
        };
        AssessmentEvidenceFileInput: {
            createdAt?: string;
            filename: string;
            /** Format: uuid */
            id: string;
            mediaType: string;
            question: string;
            sha256: string;
            size: number;
            uploadedBy?: string;
        };
        AssessmentGapInput: {
            action: string;
            /** Format: date */
            dueDate?: string;
            owner: string;
            question: string;
        };
        AssessmentGapInputInput: {
            action: string;
            /** Format: date */
            dueDate?: string;
            owner: string;
            question: string;
        };
        AssessmentGaps: {
            gaps: {
                action: string;
                dueDate: string | null;
                /** Format: uuid */
                id: string;
                owner: string;
                question: string;
                /** @enum {string} */
                status: "open" | "done";
            }[];
            /** @description Questions answered not met or partially met that have no action yet */
            unplanned: string[];
        };
        AssessmentGapsInput: {
            gaps: {
                action: string;
                dueDate: string | null;
                /** Format: uuid */
                id: string;
                owner: string;
                question: string;
                /** @enum {string} */
                status: "open" | "done";
            }[];
            /** @description Questions answered not met or partially met that have no action yet */
            unplanned: string[];
        };
        AssessmentGapUpdate: {
            action?: string;
            /** @description null clears the due date */
            dueDate?: string | null;
            owner?: string;
            /** @enum {string} */
            status?: "open" | "done";
        };
        AssessmentGapUpdateInput: {
            action?: string;
            /** @description null clears the due date */
            dueDate?: string | null;
            owner?: string;
            /** @enum {string} */
            status?: "open" | "done";
        };
        AssessmentInput: {
            createdAt: string;
            frameworks: string[];
            /** Format: uuid */
            id: string;
            jurisdictions: string[];
            /** Format: uuid */
            orgId: string;
            profile: string | null;
            ref: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "changes-requested" | "accepted";
            submissions: {
                decidedAt: string | null;
                decidedBy: string | null;
                jurisdiction: string;
                /** @enum {string} */
                status: "submitted" | "changes-requested" | "accepted";
                submittedAt: string;
            }[];
            /** Format: uuid */
            systemId: string;
            systemName: string;
            systemRef: string;
            updatedAt: string;
        };
        AssessmentQuestions: {
            /** Format: uuid */
            assessmentId: string;
            questions: {
                answer: {
                    answeredAt: string;
                    answeredBy: string;
                    evidence: {
                        title?: string;
                        /** Format: uri */
                        url: string;
                    }[];
                    explanation: string;
                    /** @enum {string} */
                    result: "met" | "partially-met" | "not-met" | "not-applicable";
                } | null;
                covers: {
                    controlId: string;
                    frameworkId: string;
                    relationship: string;
                }[];
                frameworkId: string;
                id: string;
                key: string;
                /** @enum {string} */
                kind: "hub" | "requirement";
                label: string | null;
                /** @description The profile's plain-language question (MSME quick path) */
                plainLanguage: string | null;
                statement: string | null;
                title: string;
            }[];
            /** @description Controls of all target frameworks together: what separate checklists would ask */
            totalControls: number;
        };
        AssessmentQuestionsInput: {
            /** Format: uuid */
            assessmentId: string;
            questions: {
                answer: {
                    answeredAt: string;
                    answeredBy: string;
                    evidence: {
                        title?: string;
                        /** Format: uri */
                        url: string;
                    }[];
                    explanation: string;
                    /** @enum {string} */
                    result: "met" | "partially-met" | "not-met" | "not-applicable";
                } | null;
                covers: {
                    controlId: string;
                    frameworkId: string;
                    relationship: string;
                }[];
                frameworkId: string;
                id: string;
                key: string;
                /** @enum {string} */
                kind: "hub" | "requirement";
                label: string | null;
                /** @description The profile's plain-language question (MSME quick path) */
                plainLanguage: string | null;
                statement: string | null;
                title: string;
            }[];
            /** @description Controls of all target frameworks together: what separate checklists would ask */
            totalControls: number;
        };
        AssessmentReview: {
            comment?: string;
            /** @enum {string} */
            decision: "accept" | "request-changes" | "comment";
        };
        AssessmentReviewInput: {
            comment?: string;
            /** @enum {string} */
            decision: "accept" | "request-changes" | "comment";
        };
        AssessmentSubmit: {
            jurisdiction: string;
        };
        AssessmentSubmitInput: {
            jurisdiction: string;
        };
        Attachment: {
            createdAt?: string;
            filename: string;
            /** Format: uuid */
            id: string;
            mediaType: string;
            reportId?: string | null;
            sha256: string;
            size: number;
            uploadedBy?: string;
        };
        AttachmentInput: {
            createdAt?: string;
            filename: string;
            /** Format: uuid */
            id: string;
            mediaType: string;
            reportId?: string | null;
            sha256: string;
            size: number;
            uploadedBy?: string;
        };
        AuditEntry: {
            action: string;
            actorId: string | null;
            actorLabel: string;
            /** @enum {string} */
            actorType: "user" | "token" | "peer" | "system";
            at: string;
            changeHash: string;
            hash: string;
            /** Format: uuid */
            id: string;
            prevHash: string;
            seq: string;
            targetId: string | null;
            targetType: string;
        };
        AuditEntryInput: {
            action: string;
            actorId: string | null;
            actorLabel: string;
            /** @enum {string} */
            actorType: "user" | "token" | "peer" | "system";
            at: string;
            changeHash: string;
            hash: string;
            /** Format: uuid */
            id: string;
            prevHash: string;
            seq: string;
            targetId: string | null;
            targetType: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            limit: number;
            offset: number;
            total: number;
        };
        AuditPageInput: {
            items: components["schemas"]["AuditEntryInput"][];
            limit: number;
            offset: number;
            total: number;
        };
        AuditVerification: {
            broken?: {
                reason: string;
                seq: string;
            };
            entries: number;
            ok: boolean;
        };
        AuditVerificationInput: {
            broken?: {
                reason: string;
                seq: string;
            };
            entries: number;
            ok: boolean;
        };
        AuthConfig: {
            oidc: {
                label: string;
                startUrl: string;
            } | null;
            passwordLogin: boolean;
            passwordReset: boolean;
        };
        AuthConfigInput: {
            oidc: {
                label: string;
                startUrl: string;
            } | null;
            passwordLogin: boolean;
            passwordReset: boolean;
        };
        CodeCarbonImport: {
            errors: {
                field: string;
                line: number;
                message: string;
            }[];
            report: components["schemas"]["FootprintReport"];
        };
        CodeCarbonImportInput: {
            errors: {
                field: string;
                line: number;
                message: string;
            }[];
            report: components["schemas"]["FootprintReportInput"];
        };
        CrosswalkEntry: {
            /** @enum {string} */
            confidence: "high" | "medium" | "low";
            derived: boolean;
            /** @enum {string} */
            provenance: "human" | "automation" | "hybrid" | "derived";
            rationale: string;
            /** @description null: both relate to the same hub requirement, but the hub implies no relationship between them */
            relationship: ("equal-to" | "equivalent-to" | "subset-of" | "superset-of" | "intersects-with" | "no-relationship") | null;
            source: string;
            sourceLabel: string | null;
            sourceTitle: string;
            status: string;
            target: string;
            targetLabel: string | null;
            targetTitle: string;
            via?: {
                fromLink: {
                    /** @enum {string} */
                    confidence: "high" | "medium" | "low";
                    rationale: string;
                    /** @enum {string} */
                    relationship: "equal-to" | "equivalent-to" | "subset-of" | "superset-of" | "intersects-with" | "no-relationship";
                    status: string;
                };
                hub: string;
                hubLabel: string | null;
                hubTitle: string;
                toLink: {
                    /** @enum {string} */
                    confidence: "high" | "medium" | "low";
                    rationale: string;
                    /** @enum {string} */
                    relationship: "equal-to" | "equivalent-to" | "subset-of" | "superset-of" | "intersects-with" | "no-relationship";
                    status: string;
                };
            };
        };
        CrosswalkEntryInput: {
            /** @enum {string} */
            confidence: "high" | "medium" | "low";
            derived: boolean;
            /** @enum {string} */
            provenance: "human" | "automation" | "hybrid" | "derived";
            rationale: string;
            /** @description null: both relate to the same hub requirement, but the hub implies no relationship between them */
            relationship: ("equal-to" | "equivalent-to" | "subset-of" | "superset-of" | "intersects-with" | "no-relationship") | null;
            source: string;
            sourceLabel: string | null;
            sourceTitle: string;
            status: string;
            target: string;
            targetLabel: string | null;
            targetTitle: string;
            via?: {
                fromLink: {
                    /** @enum {string} */
                    confidence: "high" | "medium" | "low";
                    rationale: string;
                    /** @enum {string} */
                    relationship: "equal-to" | "equivalent-to" | "subset-of" | "superset-of" | "intersects-with" | "no-relationship";
                    status: string;
                };
                hub: string;
                hubLabel: string | null;
                hubTitle: string;
                toLink: {
                    /** @enum {string} */
                    confidence: "high" | "medium" | "low";
                    rationale: string;
                    /** @enum {string} */
                    relationship: "equal-to" | "equivalent-to" | "subset-of" | "superset-of" | "intersects-with" | "no-relationship";
                    status: string;
                };
            };
        };
        CrosswalkImportResult: {
            entryCount: number;
            sourceFramework: string;
            /** @enum {string} */
            status: "created" | "unchanged";
            targetFramework: string;
            version: string;
        };
        CrosswalkImportResultInput: {
            entryCount: number;
            sourceFramework: string;
            /** @enum {string} */
            status: "created" | "unchanged";
            targetFramework: string;
            version: string;
        };
        CrosswalkSummary: {
            sourceFramework: string;
            targetFramework: string;
            title: string;
            version: string;
        };
        CrosswalkSummaryInput: {
            sourceFramework: string;
            targetFramework: string;
            title: string;
            version: string;
        };
        CrosswalkView: {
            entries: components["schemas"]["CrosswalkEntry"][];
            from: string;
            hub: string | null;
            /** @enum {string} */
            kind: "direct" | "derived";
            to: string;
            unmapped: {
                from: string[];
                to: string[];
            };
        };
        CrosswalkViewInput: {
            entries: components["schemas"]["CrosswalkEntryInput"][];
            from: string;
            hub: string | null;
            /** @enum {string} */
            kind: "direct" | "derived";
            to: string;
            unmapped: {
                from: string[];
                to: string[];
            };
        };
        DuplicateSuggestion: {
            /** Format: uuid */
            id: string;
            reasons: {
                detail: string;
                kind: string;
                score: number;
            }[];
            ref: string;
            score: number;
            title: string;
        };
        DuplicateSuggestionInput: {
            /** Format: uuid */
            id: string;
            reasons: {
                detail: string;
                kind: string;
                score: number;
            }[];
            ref: string;
            score: number;
            title: string;
        };
        Entity: {
            aliases: string[];
            country: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            incidentCount: number;
            /** @enum {string} */
            kind: "company" | "public-body" | "civil-society" | "academic" | "people" | "other";
            name: string;
            updatedAt: string;
            url: string | null;
        };
        EntityCreate: {
            /** @default [] */
            aliases: string[];
            country?: string | null;
            /** @enum {string} */
            kind: "company" | "public-body" | "civil-society" | "academic" | "people" | "other";
            name: string;
            url?: string | null;
        };
        EntityCreateInput: {
            /** @default [] */
            aliases?: string[];
            country?: string | null;
            /** @enum {string} */
            kind: "company" | "public-body" | "civil-society" | "academic" | "people" | "other";
            name: string;
            url?: string | null;
        };
        EntityInput: {
            aliases: string[];
            country: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            incidentCount: number;
            /** @enum {string} */
            kind: "company" | "public-body" | "civil-society" | "academic" | "people" | "other";
            name: string;
            updatedAt: string;
            url: string | null;
        };
        EntityMerge: {
            /** Format: uuid */
            into: string;
        };
        EntityMergeInput: {
            /** Format: uuid */
            into: string;
        };
        EntityPage: {
            items: components["schemas"]["Entity"][];
            limit: number;
            offset: number;
            total: number;
        };
        EntityPageInput: {
            items: components["schemas"]["EntityInput"][];
            limit: number;
            offset: number;
            total: number;
        };
        EntityUpdate: {
            /** @description the full list (replaces the aliases) */
            aliases?: string[];
            country?: string | null;
            /** @enum {string} */
            kind?: "company" | "public-body" | "civil-society" | "academic" | "people" | "other";
            name?: string;
            url?: string | null;
        };
        EntityUpdateInput: {
            /** @description the full list (replaces the aliases) */
            aliases?: string[];
            country?: string | null;
            /** @enum {string} */
            kind?: "company" | "public-body" | "civil-society" | "academic" | "people" | "other";
            name?: string;
            url?: string | null;
        };
        FactorLibrary: {
            defaults: {
                memoryWattsPerGb: number;
                pue: number;
                unknownGpuWatts: number;
                wueOffSite: number;
                wueOnSite: number;
            };
            defaultSet: string;
            gpus: {
                id: string;
                label: string;
                watts: number;
            }[];
            sets: {
                countries: {
                    code: string;
                    value: number;
                    year: number;
                }[];
                id: string;
                source: string;
                version: string;
                year: number;
            }[];
        };
        FactorLibraryInput: {
            defaults: {
                memoryWattsPerGb: number;
                pue: number;
                unknownGpuWatts: number;
                wueOffSite: number;
                wueOnSite: number;
            };
            defaultSet: string;
            gpus: {
                id: string;
                label: string;
                watts: number;
            }[];
            sets: {
                countries: {
                    code: string;
                    value: number;
                    year: number;
                }[];
                id: string;
                source: string;
                version: string;
                year: number;
            }[];
        };
        FederatedRecord: {
            content: {
                [key: string]: unknown;
            } | null;
            contentHash: string | null;
            distribution: number;
            hops: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            originNode: string;
            ownerOrg: string;
            published: boolean;
            receivedFrom: string | null;
            recipients: ("all" | string[]) | null;
            residency: {
                allowedCountries?: string[];
                deniedCountries?: string[];
            } | null;
            retracted: boolean;
            sentTo: {
                kind: string;
                nodeId: string;
                version: number;
            }[];
            sharingGroupId: string | null;
            title: string;
            /** @enum {string} */
            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
            /** @enum {string} */
            type: "incident" | "framework" | "crosswalk" | "assessment-summary" | "footprint-report" | "sharing-group";
            updatedAt: string;
            version: number;
        };
        FederatedRecordInput: {
            content: {
                [key: string]: unknown;
            } | null;
            contentHash: string | null;
            distribution: number;
            hops: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            originNode: string;
            ownerOrg: string;
            published: boolean;
            receivedFrom: string | null;
            recipients: ("all" | string[]) | null;
            residency: {
                allowedCountries?: string[];
                deniedCountries?: string[];
            } | null;
            retracted: boolean;
            sentTo: {
                kind: string;
                nodeId: string;
                version: number;
            }[];
            sharingGroupId: string | null;
            title: string;
            /** @enum {string} */
            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
            /** @enum {string} */
            type: "incident" | "framework" | "crosswalk" | "assessment-summary" | "footprint-report" | "sharing-group";
            updatedAt: string;
            version: number;
        };
        FederationChangesPage: {
            cursor: string;
            items: ({
                envelope: components["schemas"]["FederationEnvelope"];
                /** @constant */
                kind: "record";
                originKey?: {
                    /** @constant */
                    crv: "Ed25519";
                    /** @constant */
                    kty: "OKP";
                    x: string;
                };
                recipients: "all" | string[];
            } | {
                envelope: components["schemas"]["FederationEnvelope"] | null;
                /** Format: uuid */
                id: string;
                /** @constant */
                kind: "retraction";
                version: number;
            })[];
            more: boolean;
            /** Format: uuid */
            node: string;
        };
        FederationChangesPageInput: {
            cursor: string;
            items: ({
                envelope: components["schemas"]["FederationEnvelopeInput"];
                /** @constant */
                kind: "record";
                originKey?: {
                    /** @constant */
                    crv: "Ed25519";
                    /** @constant */
                    kty: "OKP";
                    x: string;
                };
                recipients: "all" | string[];
            } | {
                envelope: components["schemas"]["FederationEnvelopeInput"] | null;
                /** Format: uuid */
                id: string;
                /** @constant */
                kind: "retraction";
                version: number;
            })[];
            more: boolean;
            /** Format: uuid */
            node: string;
        };
        FederationEnvelope: {
            containsPersonalData: boolean;
            content: {
                [key: string]: unknown;
            } | null;
            contentHash: string | null;
            distribution: 0 | 1 | 2 | 3 | 4;
            hops: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            originNode: string;
            ownerOrg: string;
            personalDataRedacted: boolean;
            published: boolean;
            residency: {
                allowedCountries?: string[];
                deniedCountries?: string[];
            } | null;
            retracted: boolean;
            sharingGroupId: string | null;
            signature: string;
            title: string;
            /** @enum {string} */
            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
            /** @enum {string} */
            type: "incident" | "framework" | "crosswalk" | "assessment-summary" | "footprint-report" | "sharing-group";
            version: number;
        };
        FederationEnvelopeInput: {
            containsPersonalData: boolean;
            content: {
                [key: string]: unknown;
            } | null;
            contentHash: string | null;
            distribution: 0 | 1 | 2 | 3 | 4;
            hops: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            originNode: string;
            ownerOrg: string;
            personalDataRedacted: boolean;
            published: boolean;
            residency: {
                allowedCountries?: string[];
                deniedCountries?: string[];
            } | null;
            retracted: boolean;
            sharingGroupId: string | null;
            signature: string;
            title: string;
            /** @enum {string} */
            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
            /** @enum {string} */
            type: "incident" | "framework" | "crosswalk" | "assessment-summary" | "footprint-report" | "sharing-group";
            version: number;
        };
        FederationNodeHello: {
            jurisdiction: string;
            name: string;
            /** Format: uuid */
            nodeId: string;
            organisations: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            publicKeyJwk: {
                /** @constant */
                crv: "Ed25519";
                /** @constant */
                kty: "OKP";
                x: string;
            };
            /** Format: uri */
            url: string;
        };
        FederationNodeHelloInput: {
            jurisdiction: string;
            name: string;
            /** Format: uuid */
            nodeId: string;
            organisations: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            publicKeyJwk: {
                /** @constant */
                crv: "Ed25519";
                /** @constant */
                kty: "OKP";
                x: string;
            };
            /** Format: uri */
            url: string;
        };
        FederationPeer: {
            cursor: string;
            failures: number;
            /** @description SHA-256 JWK thumbprint of the peer's Ed25519 key: confirm it out of band */
            fingerprint: string;
            jurisdiction: string;
            /** @description Records the peer announced that we have not pulled yet */
            lagRecords: number | null;
            lastError: string | null;
            lastSyncAt: string | null;
            localApproved: boolean;
            name: string;
            nextAttemptAt: string;
            /** Format: uuid */
            nodeId: string;
            organisations: {
                id: string;
                name: string;
            }[];
            remoteApproved: boolean;
            /** @enum {string} */
            status: "pending" | "active" | "suspended" | "revoked";
            url: string;
        };
        FederationPeeringRequest: {
            /** @enum {string} */
            action: "request" | "approve" | "suspend" | "resume" | "revoke";
            node: components["schemas"]["FederationNodeHello"];
        };
        FederationPeeringRequestInput: {
            /** @enum {string} */
            action: "request" | "approve" | "suspend" | "resume" | "revoke";
            node: components["schemas"]["FederationNodeHelloInput"];
        };
        FederationPeerInput: {
            cursor: string;
            failures: number;
            /** @description SHA-256 JWK thumbprint of the peer's Ed25519 key: confirm it out of band */
            fingerprint: string;
            jurisdiction: string;
            /** @description Records the peer announced that we have not pulled yet */
            lagRecords: number | null;
            lastError: string | null;
            lastSyncAt: string | null;
            localApproved: boolean;
            name: string;
            nextAttemptAt: string;
            /** Format: uuid */
            nodeId: string;
            organisations: {
                id: string;
                name: string;
            }[];
            remoteApproved: boolean;
            /** @enum {string} */
            status: "pending" | "active" | "suspended" | "revoked";
            url: string;
        };
        FederationProposal: {
            changes: unknown;
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionNote: string | null;
            /** @enum {string} */
            direction: "in" | "out";
            /** Format: uuid */
            fromNode: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "corroboration" | "proposal";
            note: string;
            outcomeSentAt: string | null;
            /** Format: uuid */
            recordId: string;
            recordTitle: string;
            /** @enum {string} */
            recordType: "incident" | "framework" | "crosswalk" | "assessment-summary" | "footprint-report" | "sharing-group";
            recordVersion: number;
            /** @enum {string} */
            status: "open" | "accepted" | "declined";
            /** Format: uuid */
            toNode: string;
        };
        FederationProposalInput: {
            changes: unknown;
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionNote: string | null;
            /** @enum {string} */
            direction: "in" | "out";
            /** Format: uuid */
            fromNode: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "corroboration" | "proposal";
            note: string;
            outcomeSentAt: string | null;
            /** Format: uuid */
            recordId: string;
            recordTitle: string;
            /** @enum {string} */
            recordType: "incident" | "framework" | "crosswalk" | "assessment-summary" | "footprint-report" | "sharing-group";
            recordVersion: number;
            /** @enum {string} */
            status: "open" | "accepted" | "declined";
            /** Format: uuid */
            toNode: string;
        };
        FederationSyncLogEntry: {
            at: string;
            detail: string | null;
            /** @enum {string} */
            direction: "pull" | "serve" | "notify" | "refused";
            id: string;
            nodeId: string | null;
            ok: boolean;
            received: number;
            refused: number;
            retracted: number;
        };
        FederationSyncLogEntryInput: {
            at: string;
            detail: string | null;
            /** @enum {string} */
            direction: "pull" | "serve" | "notify" | "refused";
            id: string;
            nodeId: string | null;
            ok: boolean;
            received: number;
            refused: number;
            retracted: number;
        };
        FootprintEstimate: {
            assumptions: string[];
            co2eKg: {
                locationBased: {
                    high: number;
                    low: number;
                    value: number;
                };
                marketBased?: {
                    high: number;
                    low: number;
                    value: number;
                };
            };
            /** @description Facility energy (IT energy x PUE, applied once) */
            energyKWh: {
                high: number;
                low: number;
                value: number;
            };
            factorSet: {
                id: string;
                intensity: {
                    country: string;
                    source: string;
                    /** @constant */
                    unit: "gCO2e/kWh";
                    value: number;
                    year: number;
                };
                version: string;
            };
            itEnergyKWh: number;
            /** @enum {string} */
            methodTier: "metered" | "telemetry" | "tdp-utilisation" | "per-token-model" | "spend-based";
            pueApplied: number;
            sci?: {
                per1000Requests?: number;
                per1000Tokens?: number;
                perTrainingRun?: number;
            };
            warnings: {
                field: string;
                message: string;
            }[];
            water: {
                offSiteLitres: number;
                onSiteLitres: number;
                totalLitres: number;
            };
        };
        FootprintEstimateInput: {
            assumptions: string[];
            co2eKg: {
                locationBased: {
                    high: number;
                    low: number;
                    value: number;
                };
                marketBased?: {
                    high: number;
                    low: number;
                    value: number;
                };
            };
            /** @description Facility energy (IT energy x PUE, applied once) */
            energyKWh: {
                high: number;
                low: number;
                value: number;
            };
            factorSet: {
                id: string;
                intensity: {
                    country: string;
                    source: string;
                    /** @constant */
                    unit: "gCO2e/kWh";
                    value: number;
                    year: number;
                };
                version: string;
            };
            itEnergyKWh: number;
            /** @enum {string} */
            methodTier: "metered" | "telemetry" | "tdp-utilisation" | "per-token-model" | "spend-based";
            pueApplied: number;
            sci?: {
                per1000Requests?: number;
                per1000Tokens?: number;
                perTrainingRun?: number;
            };
            warnings: {
                field: string;
                message: string;
            }[];
            water: {
                offSiteLitres: number;
                onSiteLitres: number;
                totalLitres: number;
            };
        };
        FootprintReport: {
            co2eKg: number;
            co2eMarketKg: number | null;
            country: string;
            createdAt: string;
            details: {
                [key: string]: unknown;
            };
            energyKWh: number;
            factorSet: {
                id: string;
                version: string;
            };
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "training" | "inference";
            methodTier: string;
            periodEnd: string;
            periodStart: string;
            ref: string;
            requests: number | null;
            /** @enum {string} */
            source: "estimate" | "codecarbon";
            submittedTo: string[];
            /** Format: uuid */
            systemId: string;
            tokens: number | null;
            waterLitres: {
                offSite: number;
                onSite: number;
            };
        };
        FootprintReportCreate: {
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            workload: components["schemas"]["WorkloadInput"];
        };
        FootprintReportCreateInput: {
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            workload: components["schemas"]["WorkloadInputInput"];
        };
        FootprintReportInput: {
            co2eKg: number;
            co2eMarketKg: number | null;
            country: string;
            createdAt: string;
            details: {
                [key: string]: unknown;
            };
            energyKWh: number;
            factorSet: {
                id: string;
                version: string;
            };
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "training" | "inference";
            methodTier: string;
            periodEnd: string;
            periodStart: string;
            ref: string;
            requests: number | null;
            /** @enum {string} */
            source: "estimate" | "codecarbon";
            submittedTo: string[];
            /** Format: uuid */
            systemId: string;
            tokens: number | null;
            waterLitres: {
                offSite: number;
                onSite: number;
            };
        };
        Framework: {
            adoptedDate: string | null;
            /** @enum {string} */
            bindingStatus: "binding" | "voluntary" | "draft" | "none-adopted";
            id: string;
            inForceDate: string | null;
            /** @enum {string} */
            instrumentType: "law" | "regulation" | "guideline" | "strategy" | "standard" | "principles";
            issuer: string | null;
            jurisdiction: string;
            languages: string[];
            latestVersion: string;
            regionalInstrument: string | null;
            /** @description What is in preparation, for status records; notes on the content */
            remarks: string | null;
            requirementCount: number;
            /** @description The requirement tree in document order (parentId and depth give the tree) */
            requirements: components["schemas"]["Requirement"][];
            reviewer: string | null;
            /** @enum {string} */
            reviewStatus: "reviewed" | "draft" | "unverified";
            sources: components["schemas"]["SourceDocument"][];
            textLicence: string | null;
            title: string;
            /** @description The release shown */
            version: string;
            versions: components["schemas"]["FrameworkVersion"][];
        };
        FrameworkDiff: {
            changes: {
                /** @enum {string} */
                change: "added" | "removed" | "changed";
                fields?: string[];
                id: string;
                title: string;
            }[];
            frameworkId: string;
            from: string;
            summary: {
                added: number;
                changed: number;
                removed: number;
            };
            to: string;
        };
        FrameworkDiffInput: {
            changes: {
                /** @enum {string} */
                change: "added" | "removed" | "changed";
                fields?: string[];
                id: string;
                title: string;
            }[];
            frameworkId: string;
            from: string;
            summary: {
                added: number;
                changed: number;
                removed: number;
            };
            to: string;
        };
        FrameworkImportResult: {
            frameworkId: string;
            requirementCount: number;
            /** @enum {string} */
            status: "created" | "new-version" | "unchanged";
            version: string;
            warnings: {
                message: string;
                pointer: string;
            }[];
        };
        FrameworkImportResultInput: {
            frameworkId: string;
            requirementCount: number;
            /** @enum {string} */
            status: "created" | "new-version" | "unchanged";
            version: string;
            warnings: {
                message: string;
                pointer: string;
            }[];
        };
        FrameworkInput: {
            adoptedDate: string | null;
            /** @enum {string} */
            bindingStatus: "binding" | "voluntary" | "draft" | "none-adopted";
            id: string;
            inForceDate: string | null;
            /** @enum {string} */
            instrumentType: "law" | "regulation" | "guideline" | "strategy" | "standard" | "principles";
            issuer: string | null;
            jurisdiction: string;
            languages: string[];
            latestVersion: string;
            regionalInstrument: string | null;
            /** @description What is in preparation, for status records; notes on the content */
            remarks: string | null;
            requirementCount: number;
            /** @description The requirement tree in document order (parentId and depth give the tree) */
            requirements: components["schemas"]["RequirementInput"][];
            reviewer: string | null;
            /** @enum {string} */
            reviewStatus: "reviewed" | "draft" | "unverified";
            sources: components["schemas"]["SourceDocumentInput"][];
            textLicence: string | null;
            title: string;
            /** @description The release shown */
            version: string;
            versions: components["schemas"]["FrameworkVersionInput"][];
        };
        FrameworkShareResult: {
            frameworkId: string;
            records: {
                key: string;
                /** Format: uuid */
                recordId: string;
                /** @enum {string} */
                type: "framework" | "crosswalk";
                version: number;
            }[];
            version: string | null;
        };
        FrameworkShareResultInput: {
            frameworkId: string;
            records: {
                key: string;
                /** Format: uuid */
                recordId: string;
                /** @enum {string} */
                type: "framework" | "crosswalk";
                version: number;
            }[];
            version: string | null;
        };
        FrameworkSummary: {
            adoptedDate: string | null;
            /** @enum {string} */
            bindingStatus: "binding" | "voluntary" | "draft" | "none-adopted";
            id: string;
            inForceDate: string | null;
            /** @enum {string} */
            instrumentType: "law" | "regulation" | "guideline" | "strategy" | "standard" | "principles";
            issuer: string | null;
            jurisdiction: string;
            languages: string[];
            latestVersion: string;
            regionalInstrument: string | null;
            /** @description What is in preparation, for status records; notes on the content */
            remarks: string | null;
            requirementCount: number;
            /** @enum {string} */
            reviewStatus: "reviewed" | "draft" | "unverified";
            title: string;
        };
        FrameworkSummaryInput: {
            adoptedDate: string | null;
            /** @enum {string} */
            bindingStatus: "binding" | "voluntary" | "draft" | "none-adopted";
            id: string;
            inForceDate: string | null;
            /** @enum {string} */
            instrumentType: "law" | "regulation" | "guideline" | "strategy" | "standard" | "principles";
            issuer: string | null;
            jurisdiction: string;
            languages: string[];
            latestVersion: string;
            regionalInstrument: string | null;
            /** @description What is in preparation, for status records; notes on the content */
            remarks: string | null;
            requirementCount: number;
            /** @enum {string} */
            reviewStatus: "reviewed" | "draft" | "unverified";
            title: string;
        };
        FrameworkVersion: {
            contentHash: string;
            importedAt: string;
            importedBy: string;
            seq: number;
            title: string;
            version: string;
        };
        FrameworkVersionInput: {
            contentHash: string;
            importedAt: string;
            importedBy: string;
            seq: number;
            title: string;
            version: string;
        };
        GhgStatement: {
            citations: {
                date: string;
                issuer: string;
                note?: string;
                section: string;
                title: string;
                url: string | null;
                /** @enum {string} */
                verification: "verified" | "unverified";
            }[];
            factorSet: {
                id: string;
                version: string;
            };
            /** @enum {string} */
            kind: "training" | "inference";
            methodTier: string;
            notes: string[];
            operator: ("own" | "provider") | null;
            period: {
                end: string;
                start: string;
            };
            report: string;
            /** @enum {string} */
            scope: "scope 2" | "scope 3" | "undetermined";
            scope2: {
                electricityKWh: number;
                gridFactor: {
                    country: string;
                    source: string;
                    /** @constant */
                    unit: "gCO2e/kWh";
                    value: number;
                    year: number | null;
                };
                locationBasedKgCO2e: number;
                marketBasedKgCO2e: number | null;
                marketBasedNote: string;
            } | null;
            scope3: {
                electricityKWh: number;
                gridFactor: {
                    country: string;
                    source: string;
                    /** @constant */
                    unit: "gCO2e/kWh";
                    value: number;
                    year: number | null;
                };
                locationBasedKgCO2e: number;
                marketBasedKgCO2e: number | null;
                marketBasedNote: string;
                note: string;
            } | null;
            /** @enum {string} */
            source: "estimate" | "codecarbon";
            statement: string;
            system: {
                name: string;
                ref: string;
            };
            unclassified: {
                electricityKWh: number;
                gridFactor: {
                    country: string;
                    source: string;
                    /** @constant */
                    unit: "gCO2e/kWh";
                    value: number;
                    year: number | null;
                };
                locationBasedKgCO2e: number;
                marketBasedKgCO2e: number | null;
                marketBasedNote: string;
            } | null;
        };
        GhgStatementInput: {
            citations: {
                date: string;
                issuer: string;
                note?: string;
                section: string;
                title: string;
                url: string | null;
                /** @enum {string} */
                verification: "verified" | "unverified";
            }[];
            factorSet: {
                id: string;
                version: string;
            };
            /** @enum {string} */
            kind: "training" | "inference";
            methodTier: string;
            notes: string[];
            operator: ("own" | "provider") | null;
            period: {
                end: string;
                start: string;
            };
            report: string;
            /** @enum {string} */
            scope: "scope 2" | "scope 3" | "undetermined";
            scope2: {
                electricityKWh: number;
                gridFactor: {
                    country: string;
                    source: string;
                    /** @constant */
                    unit: "gCO2e/kWh";
                    value: number;
                    year: number | null;
                };
                locationBasedKgCO2e: number;
                marketBasedKgCO2e: number | null;
                marketBasedNote: string;
            } | null;
            scope3: {
                electricityKWh: number;
                gridFactor: {
                    country: string;
                    source: string;
                    /** @constant */
                    unit: "gCO2e/kWh";
                    value: number;
                    year: number | null;
                };
                locationBasedKgCO2e: number;
                marketBasedKgCO2e: number | null;
                marketBasedNote: string;
                note: string;
            } | null;
            /** @enum {string} */
            source: "estimate" | "codecarbon";
            statement: string;
            system: {
                name: string;
                ref: string;
            };
            unclassified: {
                electricityKWh: number;
                gridFactor: {
                    country: string;
                    source: string;
                    /** @constant */
                    unit: "gCO2e/kWh";
                    value: number;
                    year: number | null;
                };
                locationBasedKgCO2e: number;
                marketBasedKgCO2e: number | null;
                marketBasedNote: string;
            } | null;
        };
        GridFactorSetInput: {
            boundary: string;
            countries: {
                [key: string]: {
                    generationTWh?: number;
                    iso3: string;
                    name: string;
                    note?: string;
                    sourceRef?: string;
                    /** @constant */
                    unit: "gCO2e/kWh";
                    /** @description gCO2e/kWh */
                    value: number;
                    year: number;
                };
            };
            gasBasis: string;
            id: string;
            /** @constant */
            kind: "grid-intensity";
            method: string;
            source: {
                attribution?: string;
                licence: string;
                title: string;
                upstream?: {
                    licence: string;
                    title: string;
                    url?: string | null;
                };
                url?: string | null;
            };
            title: string;
            /** @constant */
            unit: "gCO2e/kWh";
            /** @enum {string} */
            verification: "verified" | "unverified";
            verificationNote?: string;
            version: string;
            year: number;
        };
        GridFactorSetInputInput: {
            boundary: string;
            countries: {
                [key: string]: {
                    generationTWh?: number;
                    iso3: string;
                    name: string;
                    note?: string;
                    sourceRef?: string;
                    /** @constant */
                    unit: "gCO2e/kWh";
                    /** @description gCO2e/kWh */
                    value: number;
                    year: number;
                };
            };
            gasBasis: string;
            id: string;
            /** @constant */
            kind: "grid-intensity";
            method: string;
            source: {
                attribution?: string;
                licence: string;
                title: string;
                upstream?: {
                    licence: string;
                    title: string;
                    url?: string | null;
                };
                url?: string | null;
            };
            title: string;
            /** @constant */
            unit: "gCO2e/kWh";
            /** @enum {string} */
            verification: "verified" | "unverified";
            verificationNote?: string;
            version: string;
            year: number;
        };
        Health: {
            /** @constant */
            status: "ok";
        };
        HealthInput: {
            /** @constant */
            status: "ok";
        };
        ImplementedControl: {
            /** @description Question keys it already answers in the organisation's assessments */
            answers?: string[];
            createdAt: string;
            createdBy: string;
            description: string;
            evidence: {
                title?: string;
                /** Format: uri */
                url: string;
            }[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orgId: string;
            title: string;
        };
        ImplementedControlCreate: {
            description: string;
            /** @default [] */
            evidence: {
                title?: string;
                /** Format: uri */
                url: string;
            }[];
            /** Format: uuid */
            orgId: string;
            title: string;
        };
        ImplementedControlCreateInput: {
            description: string;
            /** @default [] */
            evidence?: {
                title?: string;
                /** Format: uri */
                url: string;
            }[];
            /** Format: uuid */
            orgId: string;
            title: string;
        };
        ImplementedControlInput: {
            /** @description Question keys it already answers in the organisation's assessments */
            answers?: string[];
            createdAt: string;
            createdBy: string;
            description: string;
            evidence: {
                title?: string;
                /** Format: uri */
                url: string;
            }[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orgId: string;
            title: string;
        };
        IncidentAssign: {
            userId: string | null;
        };
        IncidentAssignInput: {
            userId: string | null;
        };
        IncidentClassification: {
            annotator: string;
            key: string;
            namespace: string;
            /** @enum {string} */
            reviewStatus: "draft" | "reviewed";
            value: string;
            version: string;
        };
        IncidentClassificationInput: {
            annotator: string;
            key: string;
            namespace: string;
            /** @enum {string} */
            reviewStatus: "draft" | "reviewed";
            value: string;
            version: string;
        };
        IncidentClassificationSet: {
            key: string;
            namespace: string;
            /**
             * @default draft
             * @enum {string}
             */
            reviewStatus: "draft" | "reviewed";
            values: string[];
        };
        IncidentClassificationSetInput: {
            key: string;
            namespace: string;
            /**
             * @default draft
             * @enum {string}
             */
            reviewStatus?: "draft" | "reviewed";
            values: string[];
        };
        IncidentComment: {
            authorLabel: string;
            body: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
        };
        IncidentCommentCreate: {
            body: string;
        };
        IncidentCommentCreateInput: {
            body: string;
        };
        IncidentCommentInput: {
            authorLabel: string;
            body: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
        };
        IncidentDetail: {
            aiRelation: string[];
            assigneeId: string | null;
            countries: string[];
            createdAt: string;
            details: {
                [key: string]: unknown;
            };
            distribution: number;
            harmTypes: string[];
            /** Format: uuid */
            id: string;
            industry: string | null;
            /** @enum {string} */
            kind: "incident" | "hazard";
            mergedInto: string | null;
            occurredFrom: string | null;
            occurredTo: string | null;
            primaryLang: string;
            publishedAt: string | null;
            ref: string;
            reportCount: number;
            /** @enum {string} */
            severity: "hazard" | "serious-hazard" | "incident" | "serious-incident" | "disaster" | "other";
            /** @enum {string} */
            status: "submitted" | "triage" | "in-review" | "validated" | "published" | "rejected" | "merged" | "withdrawn";
            texts: components["schemas"]["IncidentText"][];
            /** @enum {string} */
            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
            updatedAt: string;
            version: number;
        };
        IncidentDetailInput: {
            aiRelation: string[];
            assigneeId: string | null;
            countries: string[];
            createdAt: string;
            details: {
                [key: string]: unknown;
            };
            distribution: number;
            harmTypes: string[];
            /** Format: uuid */
            id: string;
            industry: string | null;
            /** @enum {string} */
            kind: "incident" | "hazard";
            mergedInto: string | null;
            occurredFrom: string | null;
            occurredTo: string | null;
            primaryLang: string;
            publishedAt: string | null;
            ref: string;
            reportCount: number;
            /** @enum {string} */
            severity: "hazard" | "serious-hazard" | "incident" | "serious-incident" | "disaster" | "other";
            /** @enum {string} */
            status: "submitted" | "triage" | "in-review" | "validated" | "published" | "rejected" | "merged" | "withdrawn";
            texts: components["schemas"]["IncidentTextInput"][];
            /** @enum {string} */
            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
            updatedAt: string;
            version: number;
        };
        IncidentEntitiesSet: {
            /** @description the full list of links (replaces them); a merged entity's id stands for the one it went into */
            links: {
                /** Format: uuid */
                entityId: string;
                /** @enum {string} */
                role: "developer" | "deployer" | "operator" | "user" | "harmed" | "nearly-harmed";
            }[];
        };
        IncidentEntitiesSetInput: {
            /** @description the full list of links (replaces them); a merged entity's id stands for the one it went into */
            links: {
                /** Format: uuid */
                entityId: string;
                /** @enum {string} */
                role: "developer" | "deployer" | "operator" | "user" | "harmed" | "nearly-harmed";
            }[];
        };
        IncidentEntity: {
            aliases: string[];
            /** Format: uuid */
            entityId: string;
            /** @enum {string} */
            kind: "company" | "public-body" | "civil-society" | "academic" | "people" | "other";
            name: string;
            /** @enum {string} */
            role: "developer" | "deployer" | "operator" | "user" | "harmed" | "nearly-harmed";
        };
        IncidentEntityInput: {
            aliases: string[];
            /** Format: uuid */
            entityId: string;
            /** @enum {string} */
            kind: "company" | "public-body" | "civil-society" | "academic" | "people" | "other";
            name: string;
            /** @enum {string} */
            role: "developer" | "deployer" | "operator" | "user" | "harmed" | "nearly-harmed";
        };
        IncidentMerge: {
            /** Format: uuid */
            into: string;
        };
        IncidentMergeInput: {
            /** Format: uuid */
            into: string;
        };
        IncidentPage: {
            facets: {
                countries: {
                    count: number;
                    value: string;
                }[];
                harmTypes: {
                    count: number;
                    value: string;
                }[];
                severity: {
                    count: number;
                    value: string;
                }[];
                status: {
                    count: number;
                    value: string;
                }[];
            };
            items: components["schemas"]["IncidentSummary"][];
            limit: number;
            offset: number;
            total: number;
            /** @description false when more incidents match than a search reads (the 1,000 most recent): total is then that bound, and the facets and the ranking cover those 1,000 */
            totalExact: boolean;
        };
        IncidentPageInput: {
            facets: {
                countries: {
                    count: number;
                    value: string;
                }[];
                harmTypes: {
                    count: number;
                    value: string;
                }[];
                severity: {
                    count: number;
                    value: string;
                }[];
                status: {
                    count: number;
                    value: string;
                }[];
            };
            items: components["schemas"]["IncidentSummaryInput"][];
            limit: number;
            offset: number;
            total: number;
            /** @description false when more incidents match than a search reads (the 1,000 most recent): total is then that bound, and the facets and the ranking cover those 1,000 */
            totalExact: boolean;
        };
        IncidentPublish: {
            distribution?: number;
            /** @description The federation sharing group (distribution 4) */
            sharingGroupId?: string | null;
            /** @enum {string} */
            tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
        };
        IncidentPublishInput: {
            distribution?: number;
            /** @description The federation sharing group (distribution 4) */
            sharingGroupId?: string | null;
            /** @enum {string} */
            tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
        };
        IncidentReport: {
            channel: string;
            contact: {
                email: string | null;
                name: string | null;
                phone: string | null;
            } | null;
            /** Format: uuid */
            id: string;
            lang: string;
            payload: {
                [key: string]: unknown;
            };
            ref: string;
            submittedAt: string;
        };
        IncidentReportInput: {
            channel: string;
            contact: {
                email: string | null;
                name: string | null;
                phone: string | null;
            } | null;
            /** Format: uuid */
            id: string;
            lang: string;
            payload: {
                [key: string]: unknown;
            };
            ref: string;
            submittedAt: string;
        };
        IncidentSummary: {
            /** @description analysts' queue only */
            assigneeId?: string | null;
            countries: string[];
            harmTypes: string[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "incident" | "hazard";
            lang: string;
            occurredFrom: string | null;
            ref: string;
            /** @enum {string} */
            severity: "hazard" | "serious-hazard" | "incident" | "serious-incident" | "disaster" | "other";
            /** @enum {string} */
            status: "submitted" | "triage" | "in-review" | "validated" | "published" | "rejected" | "merged" | "withdrawn";
            title: string;
            updatedAt: string;
            version: number;
        };
        IncidentSummaryInput: {
            /** @description analysts' queue only */
            assigneeId?: string | null;
            countries: string[];
            harmTypes: string[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "incident" | "hazard";
            lang: string;
            occurredFrom: string | null;
            ref: string;
            /** @enum {string} */
            severity: "hazard" | "serious-hazard" | "incident" | "serious-incident" | "disaster" | "other";
            /** @enum {string} */
            status: "submitted" | "triage" | "in-review" | "validated" | "published" | "rejected" | "merged" | "withdrawn";
            title: string;
            updatedAt: string;
            version: number;
        };
        IncidentText: {
            description: string;
            lang: string;
            title: string;
        };
        IncidentTextInput: {
            description: string;
            lang: string;
            title: string;
        };
        IncidentTransition: {
            reason?: string;
            /** @enum {string} */
            to: "triage" | "in-review" | "validated" | "rejected" | "withdrawn";
        };
        IncidentTransitionInput: {
            reason?: string;
            /** @enum {string} */
            to: "triage" | "in-review" | "validated" | "rejected" | "withdrawn";
        };
        IncidentUpdate: {
            countries?: string[];
            distribution?: number;
            harmTypes?: ("physical" | "psychological" | "reputational" | "economic-property" | "environmental" | "public-interest" | "human-fundamental-rights" | "other")[];
            industry?: string | null;
            occurredFrom?: string | null;
            occurredTo?: string | null;
            /** @enum {string} */
            severity?: "hazard" | "serious-hazard" | "incident" | "serious-incident" | "disaster" | "other";
            texts?: {
                description: string;
                lang: string;
                title: string;
            }[];
            /** @enum {string} */
            tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
        };
        IncidentUpdateInput: {
            countries?: string[];
            distribution?: number;
            harmTypes?: ("physical" | "psychological" | "reputational" | "economic-property" | "environmental" | "public-interest" | "human-fundamental-rights" | "other")[];
            industry?: string | null;
            occurredFrom?: string | null;
            occurredTo?: string | null;
            /** @enum {string} */
            severity?: "hazard" | "serious-hazard" | "incident" | "serious-incident" | "disaster" | "other";
            texts?: {
                description: string;
                lang: string;
                title: string;
            }[];
            /** @enum {string} */
            tlp?: "clear" | "green" | "amber" | "amber+strict" | "red";
        };
        Jurisdiction: {
            code: string;
            /** @enum {string} */
            kind: "member-state" | "secretariat";
            name: string;
            /** @description BCP 47 tag of the native name */
            nativeLang: string;
            nativeName: string;
        };
        JurisdictionInput: {
            code: string;
            /** @enum {string} */
            kind: "member-state" | "secretariat";
            name: string;
            /** @description BCP 47 tag of the native name */
            nativeLang: string;
            nativeName: string;
        };
        LocalShareState: {
            groups: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            shared: {
                contentHash: string | null;
                distribution: number;
                /** Format: uuid */
                recordId: string;
                retracted: boolean;
                sharingGroupId: string | null;
                /** @enum {string} */
                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                updatedAt: string;
                version: number;
            } | null;
        };
        LocalShareStateInput: {
            groups: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            shared: {
                contentHash: string | null;
                distribution: number;
                /** Format: uuid */
                recordId: string;
                retracted: boolean;
                sharingGroupId: string | null;
                /** @enum {string} */
                tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
                updatedAt: string;
                version: number;
            } | null;
        };
        LoginRequest: {
            /** Format: email */
            email: string;
            password: string;
        };
        LoginRequestInput: {
            /** Format: email */
            email: string;
            password: string;
        };
        Me: {
            /** @description Send as x-csrf-token on state-changing requests made with the session cookie */
            csrfToken?: string;
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            locale: string;
            memberships: components["schemas"]["Membership"][];
            nodeRole: "node-admin" | null;
            roles: string[];
            /** @enum {string} */
            via: "session" | "token";
        };
        MeInput: {
            /** @description Send as x-csrf-token on state-changing requests made with the session cookie */
            csrfToken?: string;
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            locale: string;
            memberships: components["schemas"]["MembershipInput"][];
            nodeRole: "node-admin" | null;
            roles: string[];
            /** @enum {string} */
            via: "session" | "token";
        };
        Membership: {
            jurisdiction: string;
            /** Format: uuid */
            orgId: string;
            orgName: string;
            orgType: string;
            /** @enum {string} */
            role: "regulator-admin" | "regulator-analyst" | "org-admin" | "org-member";
        };
        MembershipInput: {
            jurisdiction: string;
            /** Format: uuid */
            orgId: string;
            orgName: string;
            orgType: string;
            /** @enum {string} */
            role: "regulator-admin" | "regulator-analyst" | "org-admin" | "org-member";
        };
        MembershipPut: {
            /** @enum {string} */
            role: "regulator-admin" | "regulator-analyst" | "org-admin" | "org-member";
        };
        MembershipPutInput: {
            /** @enum {string} */
            role: "regulator-admin" | "regulator-analyst" | "org-admin" | "org-member";
        };
        NodeInfo: {
            /** @description RFC 7638 JWK SHA-256 thumbprint, for out-of-band confirmation */
            fingerprint: string;
            jurisdiction: string;
            name: string;
            /** Format: uuid */
            nodeId: string;
            publicKeyJwk: {
                crv: string;
                kty: string;
                x: string;
            };
            version: string;
        };
        NodeInfoInput: {
            /** @description RFC 7638 JWK SHA-256 thumbprint, for out-of-band confirmation */
            fingerprint: string;
            jurisdiction: string;
            name: string;
            /** Format: uuid */
            nodeId: string;
            publicKeyJwk: {
                crv: string;
                kty: string;
                x: string;
            };
            version: string;
        };
        Organisation: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            jurisdiction: string;
            memberCount: number;
            name: string;
            /** @enum {string} */
            type: "secretariat" | "regulator" | "company" | "msme" | "research" | "civil-society" | "other";
            updatedAt: string;
        };
        OrganisationCreate: {
            jurisdiction: string;
            name: string;
            /** @enum {string} */
            type: "secretariat" | "regulator" | "company" | "msme" | "research" | "civil-society" | "other";
        };
        OrganisationCreateInput: {
            jurisdiction: string;
            name: string;
            /** @enum {string} */
            type: "secretariat" | "regulator" | "company" | "msme" | "research" | "civil-society" | "other";
        };
        OrganisationInput: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            jurisdiction: string;
            memberCount: number;
            name: string;
            /** @enum {string} */
            type: "secretariat" | "regulator" | "company" | "msme" | "research" | "civil-society" | "other";
            updatedAt: string;
        };
        OrganisationPage: {
            items: components["schemas"]["Organisation"][];
            limit: number;
            offset: number;
            total: number;
        };
        OrganisationPageInput: {
            items: components["schemas"]["OrganisationInput"][];
            limit: number;
            offset: number;
            total: number;
        };
        OrganisationUpdate: {
            name?: string;
            /** @enum {string} */
            type?: "secretariat" | "regulator" | "company" | "msme" | "research" | "civil-society" | "other";
        };
        OrganisationUpdateInput: {
            name?: string;
            /** @enum {string} */
            type?: "secretariat" | "regulator" | "company" | "msme" | "research" | "civil-society" | "other";
        };
        OscalDocument: {
            [key: string]: unknown;
        };
        OscalDocumentInput: {
            [key: string]: unknown;
        };
        PasswordResetConfirm: {
            password: string;
            token: string;
        };
        PasswordResetConfirmInput: {
            password: string;
            token: string;
        };
        PasswordResetRequest: {
            /** Format: email */
            email: string;
        };
        PasswordResetRequestInput: {
            /** Format: email */
            email: string;
        };
        PeerAction: {
            /** @enum {string} */
            action: "approve" | "suspend" | "resume" | "revoke";
        };
        PeerActionInput: {
            /** @enum {string} */
            action: "approve" | "suspend" | "resume" | "revoke";
        };
        Problem: {
            /** @description Stable machine-readable error code */
            code: string;
            detail: string;
            errors?: {
                /** @description Machine code for translation, e.g. too_small, invalid_format, unknown_field */
                code?: string;
                /** @description The field (dotted path), or a JSON pointer into an imported document */
                field: string;
                message: string;
            }[];
            instance?: string;
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
        ProblemInput: {
            /** @description Stable machine-readable error code */
            code: string;
            detail: string;
            errors?: {
                /** @description Machine code for translation, e.g. too_small, invalid_format, unknown_field */
                code?: string;
                /** @description The field (dotted path), or a JSON pointer into an imported document */
                field: string;
                message: string;
            }[];
            instance?: string;
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
        ProfileUpdate: {
            displayName?: string;
            /** @enum {string} */
            locale?: "en" | "ms" | "id" | "th" | "vi" | "fil" | "km" | "lo" | "my" | "tet";
        };
        ProfileUpdateInput: {
            displayName?: string;
            /** @enum {string} */
            locale?: "en" | "ms" | "id" | "th" | "vi" | "fil" | "km" | "lo" | "my" | "tet";
        };
        PublicAiSystem: {
            deploymentCountries: string[];
            /** Format: uuid */
            id: string;
            name: string;
            orgName: string;
            publicSummary: string;
            purpose: string;
            ref: string;
            sectors: string[];
        };
        PublicAiSystemInput: {
            deploymentCountries: string[];
            /** Format: uuid */
            id: string;
            name: string;
            orgName: string;
            publicSummary: string;
            purpose: string;
            ref: string;
            sectors: string[];
        };
        PublicIncident: {
            aiRelation: string[];
            classifications: {
                key: string;
                namespace: string;
                value: string;
            }[];
            countries: string[];
            details: {
                [key: string]: unknown;
            };
            /** @description developers, deployers, harmed parties... with their roles (versions since entities) */
            entities?: {
                /** Format: uuid */
                id: string;
                kind: string;
                name: string;
                roles: string[];
            }[];
            harmTypes: string[];
            /** Format: uuid */
            id: string;
            industry: string | null;
            /** @enum {string} */
            kind: "incident" | "hazard";
            occurredFrom: string | null;
            occurredTo: string | null;
            /** @description the language the incident was reported in (its text comes first) */
            primaryLang?: string;
            publishedAt: string;
            ref: string;
            /** @enum {string} */
            severity: "hazard" | "serious-hazard" | "incident" | "serious-incident" | "disaster" | "other";
            texts: components["schemas"]["IncidentText"][];
            /** @enum {string} */
            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
            version: number;
        };
        PublicIncidentInput: {
            aiRelation: string[];
            classifications: {
                key: string;
                namespace: string;
                value: string;
            }[];
            countries: string[];
            details: {
                [key: string]: unknown;
            };
            /** @description developers, deployers, harmed parties... with their roles (versions since entities) */
            entities?: {
                /** Format: uuid */
                id: string;
                kind: string;
                name: string;
                roles: string[];
            }[];
            harmTypes: string[];
            /** Format: uuid */
            id: string;
            industry: string | null;
            /** @enum {string} */
            kind: "incident" | "hazard";
            occurredFrom: string | null;
            occurredTo: string | null;
            /** @description the language the incident was reported in (its text comes first) */
            primaryLang?: string;
            publishedAt: string;
            ref: string;
            /** @enum {string} */
            severity: "hazard" | "serious-hazard" | "incident" | "serious-incident" | "disaster" | "other";
            texts: components["schemas"]["IncidentTextInput"][];
            /** @enum {string} */
            tlp: "clear" | "green" | "amber" | "amber+strict" | "red";
            version: number;
        };
        Readiness: {
            database: boolean;
            pendingMigrations: string[];
            /** @enum {string} */
            status: "ready" | "not-ready";
        };
        ReadinessInput: {
            database: boolean;
            pendingMigrations: string[];
            /** @enum {string} */
            status: "ready" | "not-ready";
        };
        RedactionDecision: {
            /** @enum {string} */
            decision: "redact" | "keep";
            kind: string;
            text: string;
        };
        RedactionDecisionInput: {
            /** @enum {string} */
            decision: "redact" | "keep";
            kind: string;
            text: string;
        };
        RedactionReview: {
            pending: number;
            preview: components["schemas"]["IncidentText"][];
            suggestions: components["schemas"]["RedactionSuggestion"][];
        };
        RedactionReviewInput: {
            pending: number;
            preview: components["schemas"]["IncidentTextInput"][];
            suggestions: components["schemas"]["RedactionSuggestionInput"][];
        };
        RedactionSuggestion: {
            /** @enum {string} */
            confidence: "high" | "medium";
            /** @enum {string} */
            decision: "pending" | "redact" | "keep";
            end: number;
            /** @description title, description, or a details path such as details.actors.0.name */
            field: string;
            kind: string;
            lang: string;
            reason: string;
            start: number;
            text: string;
        };
        RedactionSuggestionInput: {
            /** @enum {string} */
            confidence: "high" | "medium";
            /** @enum {string} */
            decision: "pending" | "redact" | "keep";
            end: number;
            /** @description title, description, or a details path such as details.actors.0.name */
            field: string;
            kind: string;
            lang: string;
            reason: string;
            start: number;
            text: string;
        };
        RegionalFootprints: {
            /** @enum {string} */
            groupBy: "country" | "sector" | "month";
            groups: {
                co2eKg: number;
                energyKWh: number;
                gCO2ePer1000Requests: number | null;
                key: string;
                reports: number;
                requests: number | null;
                waterLitres: number;
            }[];
            scope: string[];
            totals: {
                co2eKg: number;
                energyKWh: number;
                reports: number;
                waterLitres: number;
            };
        };
        RegionalFootprintsInput: {
            /** @enum {string} */
            groupBy: "country" | "sector" | "month";
            groups: {
                co2eKg: number;
                energyKWh: number;
                gCO2ePer1000Requests: number | null;
                key: string;
                reports: number;
                requests: number | null;
                waterLitres: number;
            }[];
            scope: string[];
            totals: {
                co2eKg: number;
                energyKWh: number;
                reports: number;
                waterLitres: number;
            };
        };
        RegistryVocabulary: {
            affectedScales: ("individual" | "hundreds" | "thousands" | "millions")[];
            aiTypes: ("traditional-ml" | "generative" | "agentic")[];
            annexIProductAreas: {
                annexIPoints: number[];
                id: string;
                label: string;
                legislation: string[];
                note?: string;
                section: string;
                /** @description "verified" against the cited source, or "unverified" */
                verification: string;
            }[];
            /** @description The content file (content/rulepacks/use-cases.json) the next three lists come from */
            classifierFacts: {
                id: string;
                reviewStatus: string;
                source: {
                    date: string;
                    title: string;
                    url: string;
                };
                title: string;
                version: string;
            };
            dataCategories: ("personal" | "sensitive" | "children" | "biometric")[];
            decisionImpacts: ("none" | "minor" | "significant" | "legal-or-similar")[];
            humanInvolvement: ("human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop")[];
            isicSections: {
                label: string;
                letter: string;
                /** @description "verified" against the cited source, or "unverified" */
                verification: string;
                verificationNote?: string;
            }[];
            lifecycleStages: ("design" | "development" | "testing" | "deployment" | "operation" | "retirement")[];
            statuses: ("planned" | "in-use" | "retired")[];
            useCases: {
                description: string;
                /** @description The EU AI Act provision the use case stands for, when there is one */
                euAiAct?: {
                    control: string;
                    ref: string;
                    route: string;
                    /** @description "verified" against the cited source, or "unverified" */
                    verification: string;
                };
                group: string;
                id: string;
                label: string;
                note?: string;
            }[];
        };
        RegistryVocabularyInput: {
            affectedScales: ("individual" | "hundreds" | "thousands" | "millions")[];
            aiTypes: ("traditional-ml" | "generative" | "agentic")[];
            annexIProductAreas: {
                annexIPoints: number[];
                id: string;
                label: string;
                legislation: string[];
                note?: string;
                section: string;
                /** @description "verified" against the cited source, or "unverified" */
                verification: string;
            }[];
            /** @description The content file (content/rulepacks/use-cases.json) the next three lists come from */
            classifierFacts: {
                id: string;
                reviewStatus: string;
                source: {
                    date: string;
                    title: string;
                    url: string;
                };
                title: string;
                version: string;
            };
            dataCategories: ("personal" | "sensitive" | "children" | "biometric")[];
            decisionImpacts: ("none" | "minor" | "significant" | "legal-or-similar")[];
            humanInvolvement: ("human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop")[];
            isicSections: {
                label: string;
                letter: string;
                /** @description "verified" against the cited source, or "unverified" */
                verification: string;
                verificationNote?: string;
            }[];
            lifecycleStages: ("design" | "development" | "testing" | "deployment" | "operation" | "retirement")[];
            statuses: ("planned" | "in-use" | "retired")[];
            useCases: {
                description: string;
                /** @description The EU AI Act provision the use case stands for, when there is one */
                euAiAct?: {
                    control: string;
                    ref: string;
                    route: string;
                    /** @description "verified" against the cited source, or "unverified" */
                    verification: string;
                };
                group: string;
                id: string;
                label: string;
                note?: string;
            }[];
        };
        ReportImportResult: {
            failed: number;
            imported: number;
            rows: {
                errors?: {
                    field: string;
                    message: string;
                }[];
                incidentRef?: string;
                /** @description 1-based: the line for CSV (after the header), the array index + 1 for JSON */
                row: number;
                /** @enum {string} */
                status: "imported" | "error";
            }[];
        };
        ReportImportResultInput: {
            failed: number;
            imported: number;
            rows: {
                errors?: {
                    field: string;
                    message: string;
                }[];
                incidentRef?: string;
                /** @description 1-based: the line for CSV (after the header), the array index + 1 for JSON */
                row: number;
                /** @enum {string} */
                status: "imported" | "error";
            }[];
        };
        ReportInput: {
            actionsTaken?: string;
            /** @default [] */
            actionTypes: ("prevention" | "mitigation" | "ceasing" | "remediation" | "other")[];
            /** @default [] */
            actors: {
                name: string;
                /** @enum {string} */
                role: "developer" | "deployer" | "operator" | "user" | "harmed" | "nearly-harmed";
            }[];
            /** @default [] */
            affectedStakeholders: ("consumers" | "children" | "workers" | "trade-unions" | "business" | "government" | "civil-society" | "general-public" | "other")[];
            /** @description Mandatory (OECD criterion 3) */
            aiRelation: ("direct-cause" | "contributing-factor" | "failure-to-act" | "overreliance-or-intentional-misuse" | "human-error" | "developer-error" | "operator-error" | "failure-to-comply-with-legal-frameworks" | "other")[];
            /** @default [] */
            aiTasks: ("recognition" | "forecasting" | "interaction-support" | "content-generation" | "goal-driven-organisation" | "reasoning-planning" | "other")[];
            /** @enum {string} */
            autonomyLevel?: "no-action" | "low-action" | "medium-action" | "high-action" | "other";
            /** @default [] */
            businessFunctions: ("human-resource-management" | "sales" | "ict-management-and-information-security" | "marketing-and-advertisement" | "logistics" | "citizen-customer-service" | "procurement" | "maintenance" | "accounting" | "monitoring-and-quality-control" | "production" | "planning-and-budgeting" | "research-and-development" | "compliance-and-justice" | "other")[];
            /** @description Optional; kept in a protected store that only triage analysts can read */
            contact?: {
                /** Format: email */
                email?: string;
                name?: string;
                phone?: string;
            };
            /** @default [] */
            countries: string[];
            /** @enum {string} */
            deploymentBreadth?: "pilot" | "narrow" | "broad" | "widespread" | "other";
            /** @description Mandatory */
            description: string;
            discoveredOn?: string;
            /** @description Mandatory: supporting evidence */
            evidence: {
                title?: string;
                /** Format: uri */
                url: string;
            }[];
            /** @description Mandatory */
            harmTypes: ("physical" | "psychological" | "reputational" | "economic-property" | "environmental" | "public-interest" | "human-fundamental-rights" | "other")[];
            industry?: string;
            /**
             * @default incident
             * @enum {string}
             */
            kind: "incident" | "hazard";
            /** @description Language of title and description */
            lang: string;
            occurredFrom?: string;
            occurredTo?: string;
            quantifiedHarm?: {
                deaths?: number;
                economicLossUsd?: number;
                injuries?: number;
                peopleAffected?: number;
            };
            /** @description Mandatory: who reports, and their relation to the incident */
            reporter: {
                /** @enum {string} */
                relation: "directly-involved" | "witness" | "informed-third-party" | "other";
                /** @enum {string} */
                stakeholderGroup: "affected-person" | "developer" | "deployer" | "operator" | "user" | "researcher" | "journalist" | "civil-society" | "government" | "business" | "other";
            };
            /** @default [] */
            rightsImpacted: string[];
            /** @default [] */
            sameAs: {
                id: string;
                /** @enum {string} */
                scheme: "aiid" | "oecd-aim";
            }[];
            /**
             * @description Mandatory
             * @enum {string}
             */
            severity: "hazard" | "serious-hazard" | "incident" | "serious-incident" | "disaster" | "other";
            /** @default [] */
            systems: {
                generalPurpose?: boolean;
                modality?: string;
                name: string;
                provider?: string;
                version?: string;
            }[];
            /** @description Mandatory */
            title: string;
            /** @default [] */
            translations: {
                description: string;
                lang: string;
                title: string;
            }[];
            /**
             * @description OECD criterion 13: unintended or wrongful use
             * @enum {string}
             */
            unintendedUse?: "yes" | "no";
        };
        ReportInputInput: {
            actionsTaken?: string;
            /** @default [] */
            actionTypes?: ("prevention" | "mitigation" | "ceasing" | "remediation" | "other")[];
            /** @default [] */
            actors?: {
                name: string;
                /** @enum {string} */
                role: "developer" | "deployer" | "operator" | "user" | "harmed" | "nearly-harmed";
            }[];
            /** @default [] */
            affectedStakeholders?: ("consumers" | "children" | "workers" | "trade-unions" | "business" | "government" | "civil-society" | "general-public" | "other")[];
            /** @description Mandatory (OECD criterion 3) */
            aiRelation: ("direct-cause" | "contributing-factor" | "failure-to-act" | "overreliance-or-intentional-misuse" | "human-error" | "developer-error" | "operator-error" | "failure-to-comply-with-legal-frameworks" | "other")[];
            /** @default [] */
            aiTasks?: ("recognition" | "forecasting" | "interaction-support" | "content-generation" | "goal-driven-organisation" | "reasoning-planning" | "other")[];
            /** @enum {string} */
            autonomyLevel?: "no-action" | "low-action" | "medium-action" | "high-action" | "other";
            /** @default [] */
            businessFunctions?: ("human-resource-management" | "sales" | "ict-management-and-information-security" | "marketing-and-advertisement" | "logistics" | "citizen-customer-service" | "procurement" | "maintenance" | "accounting" | "monitoring-and-quality-control" | "production" | "planning-and-budgeting" | "research-and-development" | "compliance-and-justice" | "other")[];
            /** @description Optional; kept in a protected store that only triage analysts can read */
            contact?: {
                /** Format: email */
                email?: string;
                name?: string;
                phone?: string;
            };
            /** @default [] */
            countries?: string[];
            /** @enum {string} */
            deploymentBreadth?: "pilot" | "narrow" | "broad" | "widespread" | "other";
            /** @description Mandatory */
            description: string;
            discoveredOn?: string;
            /** @description Mandatory: supporting evidence */
            evidence: {
                title?: string;
                /** Format: uri */
                url: string;
            }[];
            /** @description Mandatory */
            harmTypes: ("physical" | "psychological" | "reputational" | "economic-property" | "environmental" | "public-interest" | "human-fundamental-rights" | "other")[];
            industry?: string;
            /**
             * @default incident
             * @enum {string}
             */
            kind?: "incident" | "hazard";
            /** @description Language of title and description */
            lang: string;
            occurredFrom?: string;
            occurredTo?: string;
            quantifiedHarm?: {
                deaths?: number;
                economicLossUsd?: number;
                injuries?: number;
                peopleAffected?: number;
            };
            /** @description Mandatory: who reports, and their relation to the incident */
            reporter: {
                /** @enum {string} */
                relation: "directly-involved" | "witness" | "informed-third-party" | "other";
                /** @enum {string} */
                stakeholderGroup: "affected-person" | "developer" | "deployer" | "operator" | "user" | "researcher" | "journalist" | "civil-society" | "government" | "business" | "other";
            };
            /** @default [] */
            rightsImpacted?: string[];
            /** @default [] */
            sameAs?: {
                id: string;
                /** @enum {string} */
                scheme: "aiid" | "oecd-aim";
            }[];
            /**
             * @description Mandatory
             * @enum {string}
             */
            severity: "hazard" | "serious-hazard" | "incident" | "serious-incident" | "disaster" | "other";
            /** @default [] */
            systems?: {
                generalPurpose?: boolean;
                modality?: string;
                name: string;
                provider?: string;
                version?: string;
            }[];
            /** @description Mandatory */
            title: string;
            /** @default [] */
            translations?: {
                description: string;
                lang: string;
                title: string;
            }[];
            /**
             * @description OECD criterion 13: unintended or wrongful use
             * @enum {string}
             */
            unintendedUse?: "yes" | "no";
        };
        ReportReceipt: {
            /** Format: uuid */
            incidentId: string;
            incidentRef: string;
            /** Format: uuid */
            reportId: string;
            reportRef: string;
            /** @enum {string} */
            status: "submitted" | "triage" | "in-review" | "validated" | "published" | "rejected" | "merged" | "withdrawn";
            /** @description Send as x-upload-token to POST /api/v1/reports/{id}/attachments within the hour */
            uploadToken: string;
            uploadUntil: string;
        };
        ReportReceiptInput: {
            /** Format: uuid */
            incidentId: string;
            incidentRef: string;
            /** Format: uuid */
            reportId: string;
            reportRef: string;
            /** @enum {string} */
            status: "submitted" | "triage" | "in-review" | "validated" | "published" | "rejected" | "merged" | "withdrawn";
            /** @description Send as x-upload-token to POST /api/v1/reports/{id}/attachments within the hour */
            uploadToken: string;
            uploadUntil: string;
        };
        ReportVerification: {
            assessmentRef?: string;
            issued: boolean;
            issuedAt?: string;
            issuedBy?: string;
            kind?: string;
            node?: {
                fingerprint: string;
                name: string;
                nodeId: string;
            };
            reason?: string;
            sha256: string;
            signature?: string;
            signatureValid?: boolean;
        };
        ReportVerificationInput: {
            assessmentRef?: string;
            issued: boolean;
            issuedAt?: string;
            issuedBy?: string;
            kind?: string;
            node?: {
                fingerprint: string;
                name: string;
                nodeId: string;
            };
            reason?: string;
            sha256: string;
            signature?: string;
            signatureValid?: boolean;
        };
        Requirement: {
            class: string | null;
            depth: number;
            guidance: string | null;
            id: string;
            /** @enum {string} */
            kind: "group" | "control";
            label: string | null;
            objective: string | null;
            parentId: string | null;
            props: {
                [key: string]: string[];
            };
            sourceRef: string | null;
            statement: string | null;
            title: string;
            verification: string | null;
        };
        RequirementInput: {
            class: string | null;
            depth: number;
            guidance: string | null;
            id: string;
            /** @enum {string} */
            kind: "group" | "control";
            label: string | null;
            objective: string | null;
            parentId: string | null;
            props: {
                [key: string]: string[];
            };
            sourceRef: string | null;
            statement: string | null;
            title: string;
            verification: string | null;
        };
        ReviewQueue: {
            /** Format: uuid */
            assessmentId: string;
            /** @description Comments in this submission's threads */
            commentCount: number;
            jurisdiction: string;
            /** @description "organisation" when the organisation wrote last: the regulator has a reply to read */
            lastCommentBy: ("regulator" | "organisation") | null;
            orgName: string;
            ref: string;
            /** @enum {string} */
            status: "submitted" | "changes-requested" | "accepted";
            submittedAt: string;
            systemName: string;
        }[];
        ReviewQueueInput: {
            /** Format: uuid */
            assessmentId: string;
            /** @description Comments in this submission's threads */
            commentCount: number;
            jurisdiction: string;
            /** @description "organisation" when the organisation wrote last: the regulator has a reply to read */
            lastCommentBy: ("regulator" | "organisation") | null;
            orgName: string;
            ref: string;
            /** @enum {string} */
            status: "submitted" | "changes-requested" | "accepted";
            submittedAt: string;
            systemName: string;
        }[];
        RiskImpactAssessmentInput: {
            notes?: string;
            /** @description Probability of harm, 1 (rare) to 5 (almost certain): ASEAN AI Safe's own scale */
            probability: number;
            /** @description Severity of harm, 1 (negligible) to 5 (severe): ASEAN AI Safe's own scale */
            severity: number;
        };
        RiskImpactAssessmentInputInput: {
            notes?: string;
            /** @description Probability of harm, 1 (rare) to 5 (almost certain): ASEAN AI Safe's own scale */
            probability: number;
            /** @description Severity of harm, 1 (negligible) to 5 (severe): ASEAN AI Safe's own scale */
            severity: number;
        };
        RiskScale: {
            basis: {
                note: string;
                section: string;
                title: string;
            };
            id: string;
            levels: {
                description: string;
                /** @enum {string} */
                id: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
                label: string;
            }[];
            /**
             * @description The 1-5 scales and thresholds are ASEAN AI Safe's own, not the Guide's
             * @constant
             */
            ours: true;
            probability: {
                description: string;
                label: string;
                value: number;
            }[];
            reviewStatus: string;
            /** @description Checked in order; the first whose conditions all hold gives the recommendation */
            rules: {
                decisionImpact?: ("none" | "minor" | "significant" | "legal-or-similar")[];
                /** @enum {string} */
                level: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
                probabilityAtLeast?: number;
                reason: string;
                scoreAtLeast?: number;
                severityAtLeast?: number;
            }[];
            severity: {
                description: string;
                label: string;
                value: number;
            }[];
            title: string;
            version: string;
        };
        RiskScaleInput: {
            basis: {
                note: string;
                section: string;
                title: string;
            };
            id: string;
            levels: {
                description: string;
                /** @enum {string} */
                id: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
                label: string;
            }[];
            /**
             * @description The 1-5 scales and thresholds are ASEAN AI Safe's own, not the Guide's
             * @constant
             */
            ours: true;
            probability: {
                description: string;
                label: string;
                value: number;
            }[];
            reviewStatus: string;
            /** @description Checked in order; the first whose conditions all hold gives the recommendation */
            rules: {
                decisionImpact?: ("none" | "minor" | "significant" | "legal-or-similar")[];
                /** @enum {string} */
                level: "human-in-the-loop" | "human-over-the-loop" | "human-out-of-the-loop";
                probabilityAtLeast?: number;
                reason: string;
                scoreAtLeast?: number;
                severityAtLeast?: number;
            }[];
            severity: {
                description: string;
                label: string;
                value: number;
            }[];
            title: string;
            version: string;
        };
        SciStatement: {
            citations: {
                date: string;
                issuer: string;
                note?: string;
                section: string;
                title: string;
                url: string | null;
                /** @enum {string} */
                verification: "verified" | "unverified";
            }[];
            E: {
                unit: string;
                value: number;
                what: string;
            };
            factorSet: {
                id: string;
                version: string;
            };
            formula: string;
            I: {
                basis: string;
                country: string;
                source: string;
                /** @constant */
                unit: "gCO2e/kWh";
                value: number;
                year: number | null;
            };
            /** @enum {string} */
            kind: "training" | "inference";
            M: {
                included: boolean;
                value: number | null;
                what: string;
                why: string;
            };
            methodTier: string;
            O: {
                unit: string;
                value: number;
                what: string;
            };
            period: {
                end: string;
                start: string;
            };
            R: {
                count: number;
                sciGCO2e: number;
                unit: string;
            }[];
            report: string;
            /** @enum {string} */
            source: "estimate" | "codecarbon";
            statement: string;
            system: {
                name: string;
                ref: string;
            };
            uncertainty: {
                co2eKg: {
                    high: number;
                    low: number;
                } | null;
                energyKWh: {
                    high: number;
                    low: number;
                } | null;
            };
        };
        SciStatementInput: {
            citations: {
                date: string;
                issuer: string;
                note?: string;
                section: string;
                title: string;
                url: string | null;
                /** @enum {string} */
                verification: "verified" | "unverified";
            }[];
            E: {
                unit: string;
                value: number;
                what: string;
            };
            factorSet: {
                id: string;
                version: string;
            };
            formula: string;
            I: {
                basis: string;
                country: string;
                source: string;
                /** @constant */
                unit: "gCO2e/kWh";
                value: number;
                year: number | null;
            };
            /** @enum {string} */
            kind: "training" | "inference";
            M: {
                included: boolean;
                value: number | null;
                what: string;
                why: string;
            };
            methodTier: string;
            O: {
                unit: string;
                value: number;
                what: string;
            };
            period: {
                end: string;
                start: string;
            };
            R: {
                count: number;
                sciGCO2e: number;
                unit: string;
            }[];
            report: string;
            /** @enum {string} */
            source: "estimate" | "codecarbon";
            statement: string;
            system: {
                name: string;
                ref: string;
            };
            uncertainty: {
                co2eKg: {
                    high: number;
                    low: number;
                } | null;
                energyKWh: {
                    high: number;
                    low: number;
                } | null;
            };
        };
        SearchResults: {
            items: {
                frameworkId: string;
                frameworkTitle: string;
                id: string;
                jurisdiction: string;
                label: string | null;
                rank: number;
                snippet: string | null;
                title: string;
            }[];
            query: string;
        };
        SearchResultsInput: {
            items: {
                frameworkId: string;
                frameworkTitle: string;
                id: string;
                jurisdiction: string;
                label: string | null;
                rank: number;
                snippet: string | null;
                title: string;
            }[];
            query: string;
        };
        SharingGroup: {
            /** Format: uuid */
            creatorNode: string;
            /** @description True on the node that created it: only the creator manages a group */
            editable: boolean;
            /** Format: uuid */
            id: string;
            name: string;
            nodes: string[];
            organisations: string[];
            updatedAt: string;
            version: number;
        };
        SharingGroupInput: {
            /** Format: uuid */
            creatorNode: string;
            /** @description True on the node that created it: only the creator manages a group */
            editable: boolean;
            /** Format: uuid */
            id: string;
            name: string;
            nodes: string[];
            organisations: string[];
            updatedAt: string;
            version: number;
        };
        SharingPreview: {
            recipients: {
                as: ("record" | "retraction") | null;
                jurisdiction: string;
                name: string;
                nodeId: string;
                organisations: ("all" | string[]) | null;
                reasons: string[];
                send: boolean;
            }[];
        };
        SharingPreviewInput: {
            recipients: {
                as: ("record" | "retraction") | null;
                jurisdiction: string;
                name: string;
                nodeId: string;
                organisations: ("all" | string[]) | null;
                reasons: string[];
                send: boolean;
            }[];
        };
        SourceDocument: {
            dateRead: string | null;
            sha256: string | null;
            title: string;
            url: string | null;
        };
        SourceDocumentInput: {
            dateRead: string | null;
            sha256: string | null;
            title: string;
            url: string | null;
        };
        SyncResult: {
            peers: {
                error: string | null;
                nodeId: string;
                ok: boolean;
                received: number;
                refused: number;
                retracted: number;
            }[];
        };
        SyncResultInput: {
            peers: {
                error: string | null;
                nodeId: string;
                ok: boolean;
                received: number;
                refused: number;
                retracted: number;
            }[];
        };
        Taxonomy: {
            fields: {
                key: string;
                title: string;
                values: {
                    label: string;
                    value: string;
                }[];
            }[];
            namespace: string;
            title: string;
            version: string;
        };
        TaxonomyInput: {
            fields: {
                key: string;
                title: string;
                values: {
                    label: string;
                    value: string;
                }[];
            }[];
            namespace: string;
            title: string;
            version: string;
        };
        User: {
            createdAt: string;
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            locale: string;
            memberships: components["schemas"]["Membership"][];
            nodeRole: "node-admin" | null;
            /** @enum {string} */
            status: "active" | "disabled";
        };
        UserCreate: {
            displayName: string;
            /** Format: email */
            email: string;
            /**
             * @default en
             * @enum {string}
             */
            locale: "en" | "ms" | "id" | "th" | "vi" | "fil" | "km" | "lo" | "my" | "tet";
            membership?: {
                /** Format: uuid */
                orgId: string;
                /** @enum {string} */
                role: "regulator-admin" | "regulator-analyst" | "org-admin" | "org-member";
            };
            /** @default null */
            nodeRole: "node-admin" | null;
            /** @description Omit for single sign-on only users */
            password?: string;
        };
        UserCreateInput: {
            displayName: string;
            /** Format: email */
            email: string;
            /**
             * @default en
             * @enum {string}
             */
            locale?: "en" | "ms" | "id" | "th" | "vi" | "fil" | "km" | "lo" | "my" | "tet";
            membership?: {
                /** Format: uuid */
                orgId: string;
                /** @enum {string} */
                role: "regulator-admin" | "regulator-analyst" | "org-admin" | "org-member";
            };
            /** @default null */
            nodeRole?: "node-admin" | null;
            /** @description Omit for single sign-on only users */
            password?: string;
        };
        UserInput: {
            createdAt: string;
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            locale: string;
            memberships: components["schemas"]["MembershipInput"][];
            nodeRole: "node-admin" | null;
            /** @enum {string} */
            status: "active" | "disabled";
        };
        UserPage: {
            items: components["schemas"]["User"][];
            limit: number;
            offset: number;
            total: number;
        };
        UserPageInput: {
            items: components["schemas"]["UserInput"][];
            limit: number;
            offset: number;
            total: number;
        };
        UserUpdate: {
            displayName?: string;
            nodeRole?: "node-admin" | null;
            /** @enum {string} */
            status?: "active" | "disabled";
        };
        UserUpdateInput: {
            displayName?: string;
            nodeRole?: "node-admin" | null;
            /** @enum {string} */
            status?: "active" | "disabled";
        };
        WorkloadInput: {
            activeParamsBillions?: number;
            /** @description gCO2e/kWh from contractual instruments: gives a market-based figure */
            contractualIntensity?: number;
            country: string;
            /** @description Grid factor set id (default: the node's latest) */
            factorSet?: string;
            gpusPerReplica?: number;
            hardware?: {
                cpuCores?: number;
                cpuTdpWattsPerCore?: number;
                cpuUtilisation?: number;
                gpuCount?: number;
                gpuModel?: string;
                gpuUtilisation?: number;
                memoryGb?: number;
            };
            hours?: number;
            /** @enum {string} */
            kind: "training" | "inference";
            /** @enum {string} */
            measuredBoundary?: "it" | "facility";
            measuredWhPerRequest?: number;
            meteredKWh?: number;
            outputTokensPerRequest?: number;
            /** @description Power usage effectiveness (default: unknown data centre) */
            pue?: number;
            requests?: number;
            totalParamsBillions?: number;
            /** @description Off-site water intensity of electricity, L per kWh */
            wueOffSite?: number;
            /** @description On-site water, L per kWh of IT energy */
            wueOnSite?: number;
        };
        WorkloadInputInput: {
            activeParamsBillions?: number;
            /** @description gCO2e/kWh from contractual instruments: gives a market-based figure */
            contractualIntensity?: number;
            country: string;
            /** @description Grid factor set id (default: the node's latest) */
            factorSet?: string;
            gpusPerReplica?: number;
            hardware?: {
                cpuCores?: number;
                cpuTdpWattsPerCore?: number;
                cpuUtilisation?: number;
                gpuCount?: number;
                gpuModel?: string;
                gpuUtilisation?: number;
                memoryGb?: number;
            };
            hours?: number;
            /** @enum {string} */
            kind: "training" | "inference";
            /** @enum {string} */
            measuredBoundary?: "it" | "facility";
            measuredWhPerRequest?: number;
            meteredKWh?: number;
            outputTokensPerRequest?: number;
            /** @description Power usage effectiveness (default: unknown data centre) */
            pue?: number;
            requests?: number;
            totalParamsBillions?: number;
            /** @description Off-site water intensity of electricity, L per kWh */
            wueOffSite?: number;
            /** @description On-site water, L per kWh of IT energy */
            wueOnSite?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

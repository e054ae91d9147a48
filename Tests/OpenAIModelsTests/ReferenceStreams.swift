/// Exact streams from `/work/shared/reference/agent-loop.md`; the fake server must reproduce them byte for byte.
enum ReferenceStreams {
    /// §4.3 (a).
    static let responsesTextAnswer = #"""
    event: response.created
    data: {"type":"response.created","response":{"id":"resp_0001","object":"response","created_at":1767225600,"status":"in_progress","completed_at":null,"error":null,"incomplete_details":null,"instructions":"You are a sports betting assistant.","max_output_tokens":null,"model":"gpt-4.1","output":[],"parallel_tool_calls":true,"previous_response_id":null,"reasoning":{"effort":null,"summary":null},"store":true,"temperature":1.0,"text":{"format":{"type":"text"},"verbosity":"medium"},"tool_choice":"auto","tools":[],"top_p":1.0,"truncation":"disabled","usage":null,"user":null,"metadata":{}},"sequence_number":0}

    event: response.in_progress
    data: {"type":"response.in_progress","response":{"id":"resp_0001","object":"response","created_at":1767225600,"status":"in_progress","completed_at":null,"error":null,"incomplete_details":null,"instructions":"You are a sports betting assistant.","max_output_tokens":null,"model":"gpt-4.1","output":[],"parallel_tool_calls":true,"previous_response_id":null,"reasoning":{"effort":null,"summary":null},"store":true,"temperature":1.0,"text":{"format":{"type":"text"},"verbosity":"medium"},"tool_choice":"auto","tools":[],"top_p":1.0,"truncation":"disabled","usage":null,"user":null,"metadata":{}},"sequence_number":1}

    event: response.output_item.added
    data: {"type":"response.output_item.added","output_index":0,"item":{"id":"msg_0001","type":"message","status":"in_progress","role":"assistant","content":[]},"sequence_number":2}

    event: response.content_part.added
    data: {"type":"response.content_part.added","item_id":"msg_0001","output_index":0,"content_index":0,"part":{"type":"output_text","annotations":[],"logprobs":[],"text":""},"sequence_number":3}

    event: response.output_text.delta
    data: {"type":"response.output_text.delta","item_id":"msg_0001","output_index":0,"content_index":0,"delta":"The Chiefs","logprobs":[],"sequence_number":4}

    event: response.output_text.delta
    data: {"type":"response.output_text.delta","item_id":"msg_0001","output_index":0,"content_index":0,"delta":" are -3.5","logprobs":[],"sequence_number":5}

    event: response.output_text.delta
    data: {"type":"response.output_text.delta","item_id":"msg_0001","output_index":0,"content_index":0,"delta":" favorites.","logprobs":[],"sequence_number":6}

    event: response.output_text.done
    data: {"type":"response.output_text.done","item_id":"msg_0001","output_index":0,"content_index":0,"text":"The Chiefs are -3.5 favorites.","logprobs":[],"sequence_number":7}

    event: response.content_part.done
    data: {"type":"response.content_part.done","item_id":"msg_0001","output_index":0,"content_index":0,"part":{"type":"output_text","annotations":[],"logprobs":[],"text":"The Chiefs are -3.5 favorites."},"sequence_number":8}

    event: response.output_item.done
    data: {"type":"response.output_item.done","output_index":0,"item":{"id":"msg_0001","type":"message","status":"completed","role":"assistant","content":[{"type":"output_text","annotations":[],"logprobs":[],"text":"The Chiefs are -3.5 favorites."}]},"sequence_number":9}

    event: response.completed
    data: {"type":"response.completed","response":{"id":"resp_0001","object":"response","created_at":1767225600,"status":"completed","completed_at":1767225601,"error":null,"incomplete_details":null,"instructions":"You are a sports betting assistant.","max_output_tokens":null,"model":"gpt-4.1","output":[{"id":"msg_0001","type":"message","status":"completed","role":"assistant","content":[{"type":"output_text","annotations":[],"logprobs":[],"text":"The Chiefs are -3.5 favorites."}]}],"parallel_tool_calls":true,"previous_response_id":null,"reasoning":{"effort":null,"summary":null},"store":true,"temperature":1.0,"text":{"format":{"type":"text"},"verbosity":"medium"},"tool_choice":"auto","tools":[],"top_p":1.0,"truncation":"disabled","usage":{"input_tokens":42,"input_tokens_details":{"cached_tokens":0,"cache_write_tokens":0},"output_tokens":9,"output_tokens_details":{"reasoning_tokens":0},"total_tokens":51},"user":null,"metadata":{}},"sequence_number":10}
    """# + "\n\n"

    /// §4.3 (b).
    static let responsesParallelFunctionCalls = #"""
    event: response.created
    data: {"type":"response.created","response":{"id":"resp_0002","object":"response","created_at":1767225600,"status":"in_progress","completed_at":null,"error":null,"incomplete_details":null,"instructions":"You are a sports betting assistant.","max_output_tokens":null,"model":"gpt-4.1","output":[],"parallel_tool_calls":true,"previous_response_id":null,"reasoning":{"effort":null,"summary":null},"store":true,"temperature":1.0,"text":{"format":{"type":"text"},"verbosity":"medium"},"tool_choice":"auto","tools":[],"top_p":1.0,"truncation":"disabled","usage":null,"user":null,"metadata":{}},"sequence_number":0}

    event: response.in_progress
    data: {"type":"response.in_progress","response":{"id":"resp_0002","object":"response","created_at":1767225600,"status":"in_progress","completed_at":null,"error":null,"incomplete_details":null,"instructions":"You are a sports betting assistant.","max_output_tokens":null,"model":"gpt-4.1","output":[],"parallel_tool_calls":true,"previous_response_id":null,"reasoning":{"effort":null,"summary":null},"store":true,"temperature":1.0,"text":{"format":{"type":"text"},"verbosity":"medium"},"tool_choice":"auto","tools":[],"top_p":1.0,"truncation":"disabled","usage":null,"user":null,"metadata":{}},"sequence_number":1}

    event: response.output_item.added
    data: {"type":"response.output_item.added","output_index":0,"item":{"id":"fc_0001","type":"function_call","status":"in_progress","arguments":"","call_id":"call_odds_0001","name":"get_odds"},"sequence_number":2}

    event: response.function_call_arguments.delta
    data: {"type":"response.function_call_arguments.delta","item_id":"fc_0001","output_index":0,"delta":"{\"sport\":\"nfl\",","sequence_number":3}

    event: response.function_call_arguments.delta
    data: {"type":"response.function_call_arguments.delta","item_id":"fc_0001","output_index":0,"delta":"\"markets\":[\"h2h\"],","sequence_number":4}

    event: response.function_call_arguments.delta
    data: {"type":"response.function_call_arguments.delta","item_id":"fc_0001","output_index":0,"delta":"\"region\":\"us\"}","sequence_number":5}

    event: response.function_call_arguments.done
    data: {"type":"response.function_call_arguments.done","item_id":"fc_0001","output_index":0,"name":"get_odds","arguments":"{\"sport\":\"nfl\",\"markets\":[\"h2h\"],\"region\":\"us\"}","sequence_number":6}

    event: response.output_item.done
    data: {"type":"response.output_item.done","output_index":0,"item":{"id":"fc_0001","type":"function_call","status":"completed","arguments":"{\"sport\":\"nfl\",\"markets\":[\"h2h\"],\"region\":\"us\"}","call_id":"call_odds_0001","name":"get_odds"},"sequence_number":7}

    event: response.output_item.added
    data: {"type":"response.output_item.added","output_index":1,"item":{"id":"fc_0002","type":"function_call","status":"in_progress","arguments":"","call_id":"call_search_0001","name":"web_search"},"sequence_number":8}

    event: response.function_call_arguments.delta
    data: {"type":"response.function_call_arguments.delta","item_id":"fc_0002","output_index":1,"delta":"{\"query\":\"Chiefs injury report\",","sequence_number":9}

    event: response.function_call_arguments.delta
    data: {"type":"response.function_call_arguments.delta","item_id":"fc_0002","output_index":1,"delta":"\"max_results\":5}","sequence_number":10}

    event: response.function_call_arguments.done
    data: {"type":"response.function_call_arguments.done","item_id":"fc_0002","output_index":1,"name":"web_search","arguments":"{\"query\":\"Chiefs injury report\",\"max_results\":5}","sequence_number":11}

    event: response.output_item.done
    data: {"type":"response.output_item.done","output_index":1,"item":{"id":"fc_0002","type":"function_call","status":"completed","arguments":"{\"query\":\"Chiefs injury report\",\"max_results\":5}","call_id":"call_search_0001","name":"web_search"},"sequence_number":12}

    event: response.completed
    data: {"type":"response.completed","response":{"id":"resp_0002","object":"response","created_at":1767225600,"status":"completed","completed_at":1767225601,"error":null,"incomplete_details":null,"instructions":"You are a sports betting assistant.","max_output_tokens":null,"model":"gpt-4.1","output":[{"id":"fc_0001","type":"function_call","status":"completed","arguments":"{\"sport\":\"nfl\",\"markets\":[\"h2h\"],\"region\":\"us\"}","call_id":"call_odds_0001","name":"get_odds"},{"id":"fc_0002","type":"function_call","status":"completed","arguments":"{\"query\":\"Chiefs injury report\",\"max_results\":5}","call_id":"call_search_0001","name":"web_search"}],"parallel_tool_calls":true,"previous_response_id":null,"reasoning":{"effort":null,"summary":null},"store":true,"temperature":1.0,"text":{"format":{"type":"text"},"verbosity":"medium"},"tool_choice":"auto","tools":[],"top_p":1.0,"truncation":"disabled","usage":{"input_tokens":310,"input_tokens_details":{"cached_tokens":0,"cache_write_tokens":0},"output_tokens":58,"output_tokens_details":{"reasoning_tokens":0},"total_tokens":368},"user":null,"metadata":{}},"sequence_number":13}
    """# + "\n\n"

    /// §4.4 `response.failed` (the terminal frame only).
    static let responsesFailedFrame = #"""
    event: response.failed
    data: {"type":"response.failed","response":{"id":"resp_0003","object":"response","created_at":1767225600,"status":"failed","completed_at":null,"error":{"code":"server_error","message":"The model failed to generate a response."},"incomplete_details":null,"instructions":"You are a sports betting assistant.","max_output_tokens":null,"model":"gpt-4.1","output":[],"parallel_tool_calls":true,"previous_response_id":null,"reasoning":{"effort":null,"summary":null},"store":true,"temperature":1.0,"text":{"format":{"type":"text"},"verbosity":"medium"},"tool_choice":"auto","tools":[],"top_p":1.0,"truncation":"disabled","usage":null,"user":null,"metadata":{}},"sequence_number":2}
    """# + "\n\n"

    /// §4.4 documented `error` event.
    static let flatErrorFrame = #"""
    event: error
    data: {"type":"error","code":"rate_limit_exceeded","message":"Rate limit reached for gpt-4.1 on tokens per min (TPM). Please try again in 1.2s.","param":null,"sequence_number":2}
    """# + "\n\n"

    /// §4.4 observed (nested) `error` event.
    static let nestedErrorFrame = #"""
    event: error
    data: {"type":"error","error":{"type":"invalid_request_error","code":"context_length_exceeded","message":"Your input exceeds the context window of this model.","param":"input"},"sequence_number":2}
    """# + "\n\n"

    /// §5.3 (a).
    static let chatTextAnswer = #"""
    data: {"id":"chatcmpl-0001","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null}

    data: {"id":"chatcmpl-0001","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{"content":"The Chiefs"},"logprobs":null,"finish_reason":null}],"usage":null}

    data: {"id":"chatcmpl-0001","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{"content":" are -3.5"},"logprobs":null,"finish_reason":null}],"usage":null}

    data: {"id":"chatcmpl-0001","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{"content":" favorites."},"logprobs":null,"finish_reason":null}],"usage":null}

    data: {"id":"chatcmpl-0001","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"usage":null}

    data: {"id":"chatcmpl-0001","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[],"usage":{"prompt_tokens":42,"completion_tokens":9,"total_tokens":51,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}}

    data: [DONE]
    """# + "\n\n"

    /// §5.3 (b).
    static let chatParallelToolCalls = #"""
    data: {"id":"chatcmpl-0002","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{"role":"assistant","content":null,"refusal":null},"logprobs":null,"finish_reason":null}],"usage":null}

    data: {"id":"chatcmpl-0002","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_odds_0001","type":"function","function":{"name":"get_odds","arguments":""}}]},"logprobs":null,"finish_reason":null}],"usage":null}

    data: {"id":"chatcmpl-0002","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"sport\":\"nfl\","}}]},"logprobs":null,"finish_reason":null}],"usage":null}

    data: {"id":"chatcmpl-0002","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"markets\":[\"h2h\"],"}}]},"logprobs":null,"finish_reason":null}],"usage":null}

    data: {"id":"chatcmpl-0002","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"region\":\"us\"}"}}]},"logprobs":null,"finish_reason":null}],"usage":null}

    data: {"id":"chatcmpl-0002","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_search_0001","type":"function","function":{"name":"web_search","arguments":""}}]},"logprobs":null,"finish_reason":null}],"usage":null}

    data: {"id":"chatcmpl-0002","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"{\"query\":\"Chiefs injury report\","}}]},"logprobs":null,"finish_reason":null}],"usage":null}

    data: {"id":"chatcmpl-0002","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"\"max_results\":5}"}}]},"logprobs":null,"finish_reason":null}],"usage":null}

    data: {"id":"chatcmpl-0002","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"tool_calls"}],"usage":null}

    data: {"id":"chatcmpl-0002","object":"chat.completion.chunk","created":1767225600,"model":"gpt-4.1","system_fingerprint":"fp_fake","service_tier":"default","choices":[],"usage":{"prompt_tokens":310,"completion_tokens":58,"total_tokens":368,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}}

    data: [DONE]
    """# + "\n\n"
}
